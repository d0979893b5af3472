"""A 居民台账 as offices really keep them, built with openpyxl, and what importing it must give, row by row.

Layout: a merged title (row 1), a 填报单位 line (row 2), the header on row 3, then the people, a blank line,
a 合计 row and a 填表人 line. Every row number below is the Excel row the clerk sees.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from community_desk.domain.idcard import check_character, upgrade_15_to_18

EXCEL_EPOCH = date(1899, 12, 30)
HEADERS = ["序号", "姓  名", "公民身份号码", "与户主关系", "性别", "民族", "出生日期", "联系电话", "户号", "网格",
           "楼栋", "单元", "房号", "政治面貌", "文化程度", "备注"]  # fmt: skip


def make_id(first17: str) -> str:
    return first17 + check_character(first17)


def _first17_with_check_x() -> str:
    """A first-17 whose check character is X, so a typed 0 is refused with 校验位应为X."""
    for order in range(100, 1000):
        first17 = f"11010519700101{order:03d}"
        if check_character(first17) == "X":
            return first17
    raise AssertionError("no such order code")


ZHANG = make_id("11010519491231001")  # 张三, male, 1949-12-31
LI = make_id("11010519520315004")  # 李四, female, 1952-03-15
XIAOHONG = make_id("11010519800307002")  # 张小红, female, 1980-03-07
BAD_CHECK = _first17_with_check_x() + "0"
LEGACY_NUMBER = "110105500101003"  # 15 digits, 1950-01-01, male: stored in Excel as an exact number
LEGACY_TEXT = "110105520316004"  # 15 digits, 1952-03-16, female: stored as text
WANG_YAN = make_id("11010519900307005")  # 王䶮, male (005 odd)
JI_TIAN = make_id("11010519910520006")  # 𠮷田, female
ZHAO = make_id("11010519851001007")  # 赵六, male
NO_HEAD_1 = make_id("11010520100101009")
NO_HEAD_2 = make_id("11010520120202008")
BAD_DATE = make_id("11010519900228011")
MARTIAN = make_id("11010519880808013")
MEMBER_OF_BAD = make_id("11010519720101024")
ALREADY = make_id("11010519600606015")  # registered before the import (the test creates him)
LOST_DIGITS = 1.10101199003071e17  # what Excel keeps of an 18-digit number typed as a number

# Excel row → (name, expected fate): "imported", "skipped", or a substring of the reason it is refused.
EXPECTED: dict[int, tuple[str, str]] = {
    4: ("张三", "imported"),
    5: ("李四", "imported"),
    6: ("张小红", "imported"),
    7: ("钱七", "公民身份号码：校验位应为X"),
    8: ("钱小七", "该户户主（第7行）未能导入"),
    9: ("孙八", "公民身份号码：以数字形式存储的18位号码已丢失末尾数字（1.10101E+17），无法恢复，请重新录入"),
    11: ("周老汉", "imported"),
    12: ("周老太", "imported"),
    13: ("张三", "公民身份号码：与第4行身份证号重复"),
    14: ("吴已在", "skipped"),
    15: ("王䶮", "imported"),
    16: ("𠮷田", "imported"),
    17: ("赵六", "imported"),
    18: ("郑大", "该户没有户主"),
    19: ("郑二", "该户没有户主"),
    20: ("冯错日", "出生日期：日期“1990.2.30”不存在"),
    21: ("陈火星", "民族：无法识别“火星族”"),
}
IMPORTED = {row: name for row, (name, fate) in EXPECTED.items() if fate == "imported"}
REFUSED = {row: fate for row, (_, fate) in EXPECTED.items() if fate not in ("imported", "skipped")}
HOUSEHOLDS = {"1001": 3, "1003": 2, "1004": 2, "1005": 1}  # 户号 → members imported; every other 户号 is refused
LEGACY_UPGRADED = upgrade_15_to_18(LEGACY_NUMBER)
LEGACY_TEXT_UPGRADED = upgrade_15_to_18(LEGACY_TEXT)


def _serial(day: date) -> int:
    return (day - EXCEL_EPOCH).days


def rows() -> list[list[object]]:
    """Rows 4–24, in the HEADERS columns; the ID column holds text except where Excel made it a number."""
    return [
        # 序号 姓名 公民身份号码 关系 性别 民族 出生日期 电话 户号 网格 楼栋 单元 房号 政治面貌 文化程度 备注
        [1, "张  三", ZHANG, "户主", "男", "汉", "1949.12.31", "１３８ ００１３ ８０００", "1001", "第一网格", "3", "2",
         "５０１", "党员", "本科", ""],
        [2, "李四", LI, 1, "女", "汉族", "1952-03-15", "", "1001", "第一网格", "3", "2", "501", "群众", "", ""],
        [3, "张小红", XIAOHONG.lower(), 2, "女", "汉", "19800307", "13900139000", "1001", "第一网格", "3", "2", "501",
         "团员", "大学本科", ""],
        [4, "钱七", BAD_CHECK, "户主", "男", "汉", "1970-01-01", "", "1002", "第一网格", "3", "2", "502", "", "", ""],
        [5, "钱小七", MEMBER_OF_BAD, "子", "女", "汉", "", "", "1002", "第一网格", "3", "2", "502", "", "", ""],
        [6, "孙八", LOST_DIGITS, "户主", "男", "汉", "1990.3.7", "", "1007", "第一网格", "3", "2", "601", "", "", ""],
        [None] * len(HEADERS),
        [7, "周老汉", float(LEGACY_NUMBER), "0", "男", "满族", datetime(1950, 1, 1), "", "1003", "第二网格", "幸福院",
         "", "12号", "", "", "15位号码"],
        [8, "周老太", LEGACY_TEXT, "配偶", "女", "满", float(_serial(date(1952, 3, 16))), "", "1003", "第二网格",
         "幸福院", "", "12号", "", "", ""],
        [9, "张三", ZHANG, "户主", "男", "汉", "1949.12.31", "", "1008", "第一网格", "5", "1", "101", "", "", "重复"],
        [10, "吴已在", ALREADY, "户主", "男", "汉", "1960-06-06", "13700137000", "1009", "第一网格", "5", "1", "102",
         "", "", ""],
        [11, "王䶮", "１１" + WANG_YAN[2:], "户主", "男", "汉", "1990年3月7日", "", "1004", "第一网格", "3", "1", "101",
         "", "", ""],
        [12, "𠮷田", JI_TIAN, "妻", "女", "汉", "1991/5/20", "", "1004", "第一网格", "3", "1", "101", "", "", ""],
        [13, "赵\t 六", f" {ZHAO} ", None, "男", "汉", "1985.10.1", "", "1005", " 第一 网格", " 3 ", "1单元", "201室",
         "", "", ""],
        [14, "郑大", NO_HEAD_1, "子", "男", "汉", "", "", "1006", "第一网格", "4", "1", "101", "", "", ""],
        [15, "郑二", NO_HEAD_2, "女", "女", "汉", "", "", "1006", "第一网格", "4", "1", "101", "", "", ""],
        [16, "冯错日", BAD_DATE, "户主", "男", "汉", "1990.2.30", "", "1010", "第一网格", "4", "1", "102", "", "", ""],
        [17, "陈火星", MARTIAN, "户主", "男", "火星族", "1988-08-08", "", "1011", "第一网格", "4", "1", "201", "", "",
         ""],
        [None] * len(HEADERS),
        ["合计", "17人"],
        ["填表人：李文书", None, None, None, "审核人：王主任"],
    ]  # fmt: skip


def build(path: Path) -> Path:
    """Writes the messy 台账; IDs typed as text are text cells, the two numeric ones are number cells."""
    book = Workbook()
    sheet = book.active
    sheet.title = "居民台账"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.cell(1, 1, "示范社区居民信息台账（2026年）")
    sheet.cell(2, 1, "填报单位：示范社区居委会")
    sheet.cell(2, 8, "填报日期：2026年11月")
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(3, column, header)
    for offset, values in enumerate(rows()):
        for column, value in enumerate(values, start=1):
            if value is not None:
                cell = sheet.cell(4 + offset, column, value)
                if isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
