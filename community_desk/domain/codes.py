"""National code lists: the database stores the code, the window and the forms show the name.

Importers meet whatever a clerk typed (汉, 本科, 党员, "01 汉族", full-width １), so every list also maps
names and common short forms back to its code; nothing here ever raises on an unknown value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from community_desk.domain.idcard import ID_TYPE_ALIASES, IdType


@dataclass(frozen=True)
class Code:
    code: str
    name: str


def _key(text: str) -> str:
    """Lookup key: NFKC (full-width → ASCII), no whitespace at all, case-folded."""
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


_CODE_AND_NAME = re.compile(r"(\d+)[.、:：\-_)）]*(.+)")


class CodeList:
    """Ordered code list: store the code, show the name."""

    def __init__(self, title: str, items: Iterable[tuple[str, str]], aliases: dict[str, str] | None = None):
        self.title = title
        self._items = tuple(Code(code, name) for code, name in items)
        self._names = {item.code: item.name for item in self._items}
        if len(self._names) != len(self._items):
            raise ValueError(f"{title}: duplicate codes")
        self._lookup: dict[str, str] = {}
        for item in self._items:
            self._add(item.code, item.code)
        for item in self._items:
            self._add(item.name, item.code)
        for alias, code in (aliases or {}).items():
            if code not in self._names:
                raise ValueError(f"{title}: alias {alias!r} points at unknown code {code!r}")
            self._add(alias, code)
        widths = {len(item.code) for item in self._items}
        self._pad = widths.pop() if len(widths) == 1 and all(c.isdigit() for c in self._names) else 0

    def _add(self, text: str, code: str) -> None:
        key = _key(text)
        if self._lookup.get(key, code) != code:
            raise ValueError(f"{self.title}: {text!r} would mean both {self._lookup[key]} and {code}")
        self._lookup[key] = code

    def __iter__(self) -> Iterator[Code]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._names

    def __repr__(self) -> str:
        return f"CodeList({self.title!r}, {len(self)} codes)"

    def name_of(self, code: str | None) -> str:
        """The name to show; an unknown stored code is shown as is so no data disappears from view."""
        if not code:
            return ""
        return self._names.get(code, code)

    def code_of(self, text: str) -> str | None:
        """Code for a code, a name, an alias/short form, or "01 汉族"-style both; None if nothing matches."""
        key = _key(text or "")
        if not key:
            return None
        if key in self._lookup:
            return self._lookup[key]
        if self._pad and key.isascii() and key.isdigit() and len(key) < self._pad:
            padded = key.zfill(self._pad)  # Excel turned "01" into 1
            if padded in self._names:
                return padded
        match = _CODE_AND_NAME.fullmatch(key)
        if match:
            by_code = self.code_of(match.group(1))
            if by_code is not None and self._lookup.get(match.group(2)) == by_code:
                return by_code
        return None

    def codes(self) -> list[str]:
        return [item.code for item in self._items]

    def names(self) -> list[str]:
        return [item.name for item in self._items]


# 与户主关系, GB/T 4761-2008. Major classes as domain.md gives them (the standard itself calls 80 "其他" and
# has 97 其他亲属; the office's forms say 其他亲属 for the whole class), plus the finer codes clerks use.
RELATIONS = CodeList(
    "与户主关系",
    [
        ("02", "户主"),
        ("10", "配偶"), ("11", "夫"), ("12", "妻"),
        ("20", "子"), ("27", "养子或继子"), ("28", "女婿"),
        ("30", "女"), ("37", "养女或继女"), ("38", "儿媳"),
        ("40", "孙子女"), ("41", "孙子"), ("42", "孙女"), ("43", "外孙子"), ("44", "外孙女"),
        ("50", "父母"), ("51", "父亲"), ("52", "母亲"), ("53", "公公"), ("54", "婆婆"),
        ("55", "岳父"), ("56", "岳母"), ("57", "继父或养父"), ("58", "继母或养母"),
        ("60", "祖父母"), ("61", "祖父"), ("62", "祖母"), ("63", "外祖父"), ("64", "外祖母"),
        ("70", "兄弟姐妹"), ("71", "兄"), ("72", "嫂"), ("73", "弟"), ("74", "弟媳"),
        ("75", "姐姐"), ("76", "姐夫"), ("77", "妹妹"), ("78", "妹夫"),
        ("80", "其他亲属"), ("81", "伯父"), ("82", "伯母"), ("83", "叔父"), ("84", "婶母"),
        ("85", "舅父"), ("86", "舅母"), ("87", "姨父"), ("88", "姨母"), ("89", "姑父"), ("90", "姑母"),
        ("91", "堂兄弟、堂姐妹"), ("92", "表兄弟、表姐妹"),
        ("93", "侄子"), ("94", "侄女"), ("95", "外甥"), ("96", "外甥女"),
        ("99", "非亲属"),
    ],
    aliases={
        "01": "02", "本人": "02", "户主本人": "02",
        "丈夫": "11", "妻子": "12", "老公": "11", "老婆": "12",
        "儿子": "20", "长子": "20", "次子": "20", "独生子": "20", "养子": "27", "继子": "27",
        "女儿": "30", "长女": "30", "次女": "30", "独生女": "30", "养女": "37", "继女": "37", "儿媳妇": "38",
        "孙子、孙女或外孙子、外孙女": "40", "孙辈": "40",
        "父亲母亲": "50", "父": "51", "爸爸": "51", "母": "52", "妈妈": "52",
        "岳父母": "50", "公婆": "50", "岳父母或公婆": "50",
        "祖父母或外祖父母": "60", "外祖父母": "60", "爷爷": "61", "奶奶": "62", "外公": "63", "外婆": "64",
        "兄弟": "70", "姐妹": "70", "哥哥": "71", "嫂子": "72", "弟弟": "73", "姐": "75", "妹": "77",
        "其他": "80", "其它": "80", "亲属": "80", "媳婿": "80",
        "叔叔": "83", "婶婶": "84", "舅舅": "85", "姨妈": "88", "姑姑": "90",
        "租客": "99", "租户": "99", "保姆": "99", "同住": "99", "朋友": "99",
    },
)  # fmt: skip
HEAD_RELATION = "02"

# Census short form → GB/T 4761, as domain.md lists it. 子女 and 岳父母或公婆 have no single GB/T code:
# relation_code() uses the person's sex for 子女; 岳父母或公婆 stays the 父母 class.
CENSUS_RELATIONS: dict[str, str] = {
    "0": "02", "户主": "02",
    "1": "10", "配偶": "10",
    "2": "20", "子女": "20",
    "3": "50", "父母": "50",
    "4": "50", "岳父母或公婆": "50",
    "5": "60", "祖父母": "60",
    "6": "40", "孙子女": "40",
    "7": "70", "兄弟姐妹": "70",
    "8": "80", "其他": "80",
}  # fmt: skip
_CENSUS_CHILD = ("2", "子女")


def relation_code(text: str, sex: str | None = None) -> str | None:
    """与户主关系 from a GB/T code or name, a census code or name, or an everyday word (儿子, 妻子 …).

    A single digit is read as the census form (GB/T codes have two). `sex` ("1"/"2") lets census 子女
    become 子 or 女; without it 子女 is stored as 子 and the importer should say so.
    """
    key = _key(text or "")
    if not key:
        return None
    if key in CENSUS_RELATIONS:
        if key in _CENSUS_CHILD and (sex or "").strip() in ("2", "女"):
            return "30"
        return CENSUS_RELATIONS[key]
    return RELATIONS.code_of(key)


def relation_class(code: str) -> str:
    """Major class of a GB/T 4761 code (12 妻 → 10 配偶) for counting; 户主 stays 02."""
    if code in ("01", "02", "99") or len(code) != 2 or not code.isdigit():
        return code
    return "80" if code[0] in "89" else code[0] + "0"  # 81–97 are all 其他亲属


def census_relation_of(code: str) -> str:
    """GB/T 4761 code → census short-form code (for upward exports); in-laws of a class fall to 其他."""
    if code in ("01", "02"):
        return "0"
    if code in ("53", "54", "55", "56"):
        return "4"
    if code in ("28", "38", "72", "74", "76", "78"):
        return "8"
    by_class = {"10": "1", "20": "2", "30": "2", "40": "6", "50": "3", "60": "5", "70": "7"}
    return by_class.get(relation_class(code), "8")


GENDERS = CodeList(
    "性别",
    [("0", "未知的性别"), ("1", "男"), ("2", "女"), ("9", "未说明的性别")],
    aliases={"男性": "1", "女性": "2", "未知": "0", "未说明": "9"},
)

_ETHNIC_NAMES: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip

# GB 3304-1991 in code order; clerks write 汉 for 汉族, so every name without 族 is an alias. 土 and 水
# alone are ambiguous-looking but unique in the list, so they stay.
ETHNICITIES = CodeList(
    "民族",
    [(f"{index:02d}", name) for index, name in enumerate(_ETHNIC_NAMES, start=1)]
    + [("97", "其他"), ("98", "外国血统中国籍人士")],
    aliases={
        **{name.removesuffix("族"): f"{index:02d}" for index, name in enumerate(_ETHNIC_NAMES, start=1)},
        "未识别民族": "97", "其它": "97", "外国血统": "98",
    },
)  # fmt: skip

MARITAL_STATUSES = CodeList(
    "婚姻状况",
    [
        ("10", "未婚"), ("20", "已婚"), ("21", "初婚"), ("22", "再婚"), ("23", "复婚"),
        ("30", "丧偶"), ("40", "离婚"), ("90", "未说明的婚姻状况"),
    ],
    aliases={"有配偶": "20", "离异": "40", "未说明": "90"},
)  # fmt: skip

POLITICAL_STATUSES = CodeList(
    "政治面貌",
    [
        ("01", "中共党员"), ("02", "中共预备党员"), ("03", "共青团员"), ("04", "民革党员"), ("05", "民盟盟员"),
        ("06", "民建会员"), ("07", "民进会员"), ("08", "农工党党员"), ("09", "致公党党员"), ("10", "九三学社社员"),
        ("11", "台盟盟员"), ("12", "无党派人士"), ("13", "群众"),
    ],
    aliases={
        # GB/T 4762 full names, then the short forms clerks write.
        "中国共产党党员": "01", "中国共产党预备党员": "02", "中国共产主义青年团团员": "03",
        "中国国民党革命委员会会员": "04", "中国民主同盟盟员": "05", "中国民主建国会会员": "06",
        "中国民主促进会会员": "07", "中国农工民主党党员": "08", "中国致公党党员": "09",
        "台湾民主自治同盟盟员": "11", "无党派民主人士": "12",
        "党员": "01", "中共": "01", "预备党员": "02", "团员": "03", "共青团": "03",
        "民革": "04", "民盟": "05", "民建": "06", "民进": "07", "农工党": "08", "致公党": "09",
        "九三学社": "10", "台盟": "11", "无党派": "12", "普通群众": "13",
    },
)  # fmt: skip

# GB/T 4658 major classes. 60 is 高中 in the 1984 edition and 普通高级中学教育 in 2006, so the code is real;
# 40 follows the 2006 edition, which folded 中专, 职高 and 技校 (1984's 50) into 中等职业教育.
EDUCATION_LEVELS = CodeList(
    "文化程度",
    [
        ("10", "研究生"), ("20", "大学本科"), ("30", "大学专科"), ("40", "中等专科/职高/技校"),
        ("60", "高中"), ("70", "初中"), ("80", "小学"), ("90", "文盲或半文盲"),
    ],
    aliases={
        "博士": "10", "硕士": "10", "博士研究生": "10", "硕士研究生": "10", "研究生教育": "10",
        "本科": "20", "大本": "20", "大学": "20", "大学本科教育": "20",
        "大专": "30", "专科": "30", "大学专科和专科学校": "30", "专科教育": "30",
        "中专": "40", "中技": "40", "职高": "40", "技校": "40", "中专/中技": "40", "中等专业学校": "40",
        "中等专业学校或中等技术学校": "40", "中等职业教育": "40", "职业高中": "40", "技工学校": "40", "50": "40",
        "普通高中": "60", "普通高级中学教育": "60", "初级中学教育": "70", "小学教育": "80",
        "文盲": "90", "半文盲": "90", "不识字": "90",
    },
)  # fmt: skip

PERSON_CATEGORIES = CodeList(
    "人员类别",
    [("1", "户籍人口"), ("2", "流动人口"), ("3", "人户分离（户在人不在）"), ("4", "人户分离（人在户不在）")],
    aliases={
        "户籍": "1", "流动": "2", "外来人口": "2", "暂住人口": "2", "户在人不在": "3", "人在户不在": "4",
    },
)  # fmt: skip

RESIDENCE_NATURES = CodeList(
    "居住性质",
    [("1", "自有"), ("2", "租住"), ("3", "借住"), ("4", "单位宿舍")],
    aliases={"自有住房": "1", "自购": "1", "租房": "2", "租赁": "2", "借用": "3", "宿舍": "4"},
)

# GB/T 2261.6-2003 人的兵役状况代码.
MILITARY_SERVICES = CodeList(
    "兵役状况",
    [("0", "未服兵役"), ("1", "退出现役"), ("2", "士兵预备役"), ("3", "军官预备役"), ("4", "服现役"), ("9", "其他")],
    aliases={"退役": "1", "退伍": "1", "转业": "1", "现役": "4"},
)

# Stored special-group tag kinds (special_tag.kind holds the name, so code == name). 高龄 is derived
# from the birth date and is never stored.
SPECIAL_GROUPS = CodeList(
    "特殊人群",
    [
        (name, name)
        for name in (
            "低保", "特困供养", "残疾", "独居老人", "空巢老人", "退役军人", "优抚对象", "失业人员", "育龄妇女",
            "留守儿童", "党员", "志愿者", "社区矫正", "安置帮教",
        )
    ],
    aliases={
        "低保户": "低保", "最低生活保障": "低保", "特困": "特困供养", "特困人员": "特困供养", "五保": "特困供养",
        "残疾人": "残疾", "独居": "独居老人", "空巢": "空巢老人", "退伍军人": "退役军人", "优抚": "优抚对象",
        "失业": "失业人员", "中共党员": "党员", "社区矫正对象": "社区矫正", "矫正": "社区矫正",
        "安置帮教对象": "安置帮教", "刑满释放人员": "安置帮教",
    },
)  # fmt: skip
SENSITIVE_GROUPS: frozenset[str] = frozenset({"社区矫正", "安置帮教"})

# GB/T 26341-2010 categories; code == short name. The digits are the category digit of the 残疾人证 number.
DISABILITY_CATEGORIES = CodeList(
    "残疾类别",
    [(name, name) for name in ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")],
    aliases={
        **{f"{name}残疾": name for name in ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")},
        **{str(digit): name for digit, name in enumerate(("视力", "听力", "言语", "肢体", "智力", "精神", "多重"), 1)},
    },
)
DISABILITY_GRADES = CodeList(
    "残疾等级",
    [("1", "一级"), ("2", "二级"), ("3", "三级"), ("4", "四级")],
    aliases={"一": "1", "二": "2", "三": "3", "四": "4", "1级": "1", "2级": "2", "3级": "3", "4级": "4"},
)

ID_TYPES = CodeList(
    "证件类型",
    [(kind.value, kind.value) for kind in IdType],
    aliases={alias: kind.value for alias, kind in ID_TYPE_ALIASES.items()},
)
