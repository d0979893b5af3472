"""What the demo community (示范社区) is drawn from: names, places, employers and household shapes.

Plain data, kept apart from the code that draws from it so the tables can be read (and extended) at a glance.
Names are common surnames × given-name characters, never copied from any document. A few households are fixed
so tests and demos can find the awkward cases (see FIXED_HOUSEHOLDS).
"""

from __future__ import annotations

HOME_AREA = "110105"  # 北京市朝阳区: the demo community's own county code
HOME_PREFIX = "北京市朝阳区示范街道示范社区"

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万武钱戴严单"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
GIVEN = {  # (sex, era) → characters; era 0 born before 1960, 1 before 1990, 2 since
    ("1", 0): "国建军明华德志文保福永忠振兴庆长树春海金山林平成祥",
    ("2", 0): "秀英淑桂兰珍凤玉芳琴华荣霞云梅素翠丽凤兰萍敏",
    ("1", 1): "伟强磊军勇涛斌超鹏辉刚杰峰亮东波宁健晨鑫龙飞洋",
    ("2", 1): "丽娜静敏艳娟霞燕红颖莉晶婷雪倩慧玲洁娇蕾",
    ("1", 2): "浩宇轩子梓睿博文泽铭俊宸皓一思天嘉昊然航奕",
    ("2", 2): "欣怡涵雨萱佳诗梦可思紫琪悦馨若语彤晨雅瑶沐",
}
RARE_GIVEN = "㛃㵘㑇䶮𡈼𪚥𠮷𨭉"  # CJK Extension A and B: stored as typed, shown with a fallback font
BEIJING_AREAS = {
    "110101": "北京市东城区", "110102": "北京市西城区", "110106": "北京市丰台区", "110107": "北京市石景山区",
    "110108": "北京市海淀区", "110112": "北京市通州区", "110114": "北京市昌平区",
}  # fmt: skip
OTHER_AREAS = {
    "130602": "河北省保定市竞秀区", "130102": "河北省石家庄市长安区", "140105": "山西省太原市小店区",
    "210102": "辽宁省沈阳市和平区", "220102": "吉林省长春市南关区", "230102": "黑龙江省哈尔滨市道里区",
    "320102": "江苏省南京市玄武区", "340102": "安徽省合肥市瑶海区", "370102": "山东省济南市历下区",
    "371302": "山东省临沂市兰山区", "410102": "河南省郑州市中原区", "411302": "河南省南阳市宛城区",
    "420102": "湖北省武汉市江岸区", "430102": "湖南省长沙市芙蓉区", "510104": "四川省成都市锦江区",
    "500103": "重庆市渝中区", "610102": "陕西省西安市新城区", "620102": "甘肃省兰州市城关区",
    "360102": "江西省南昌市东湖区", "150102": "内蒙古自治区呼和浩特市新城区",
}  # fmt: skip
ROADS = ("建设路", "人民路", "光明街", "新华路", "和平里", "解放路", "文化路", "胜利街", "团结路", "青年路")
EMPLOYERS = (
    "示范科技有限公司", "示范物业服务中心", "朝阳示范小学", "示范商贸有限公司", "示范社区卫生服务站",
    "示范建筑工程公司", "示范餐饮管理公司", "示范物流有限公司", "示范街道办事处", "示范银行营业部",
    "示范汽车维修厂", "示范超市", "个体经营", "自由职业",
)  # fmt: skip
STAY_REASONS = (("务工", 55), ("经商", 20), ("投靠亲友", 15), ("就学", 10))
ETHNICITIES = (("01", 930), ("11", 20), ("03", 15), ("02", 8), ("10", 6), ("08", 4), ("15", 4), ("06", 3), ("05", 2))

# Member specs are (relation, sex, age, name or None); these households are generated in every community.
FIXED_HOUSEHOLDS: tuple[tuple[tuple[str, str, int, str | None], ...], ...] = (
    (("02", "1", 42, "王䶮"), ("10", "2", 40, "李㛃"), ("20", "1", 12, None)),  # H000001: Extension A
    (("02", "1", 67, "𠮷安民"), ("10", "2", 65, "曾淑贞")),  # H000002: Extension B (beyond U+FFFF); 曾 zēng
    (("02", "1", 38, "司马云峰"), ("10", "2", 36, "陈𡈼"), ("30", "2", 8, None)),  # H000003: compound, Ext B
    (("02", "1", 72, "欧阳𪚥"), ("50", "2", 101, None)),  # H000004: compound + Ext B; a 101-year-old mother
    (("02", "2", 102, "单桂兰"), ("20", "1", 75, None)),  # H000005: 单 read shàn; 102 years old
    (("02", "2", 91, None), ("10", "1", 93, None)),  # H000006: a 90+ couple
    (("02", "2", 94, None),),  # H000007: 94, living alone
)

ARCHETYPES = (  # (kind, weight, open to 流动人口)
    ("single_young", 6, True), ("single_mid", 5, True), ("single_old", 10, False), ("couple_young", 8, True),
    ("couple_mid", 10, False), ("couple_old", 8, False), ("parent_child", 5, False), ("nuclear1", 24, True),
    ("nuclear2", 9, True), ("with_parent", 5, False), ("three_gen", 5, False), ("grand", 3, False),
    ("shared", 3, True),
)  # fmt: skip
