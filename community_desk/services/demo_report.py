"""月度工作报告 demo: the secretary's text for every completed month of the demo year, all but the last finalised.

Runs after the rest of the demo has been committed: the frozen figures are computed by the real figures code
(ReportService.report, which reads the file through sqlite3), so a finalised demo month shows exactly what the
secretary would have handed in. The last completed month stays a draft, so a newcomer sees both states. No audit
row: generating the demo is one act, recorded once by services/demo.py.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import Grid
from community_desk.db.models.report import MonthlyReport
from community_desk.db.models.roster import DutyStaff
from community_desk.domain.report import ReportPeriod, ReportStatus, ReportText
from community_desk.services.reports import ReportService, final_values, text_values

MONTHS_BACK = 11  # the demo roster's span: eleven months back to this month
# What the office plans for a month, by that month's number.
SEASONAL = {
    1: ("开展元旦、春节走访慰问，重点走访困难家庭和独居老人", "节前组织消防安全大检查，清理楼道堆物"),
    2: ("做好春节后返岗人员及出租房屋登记", "举办元宵节猜灯谜邻里活动"),
    3: ("组织学雷锋志愿服务月系列活动", "开展三八妇女节主题活动"),
    4: ("做好清明节文明祭扫宣传", "开展春季爱国卫生运动，清理卫生死角"),
    5: ("安排劳动节假期值班", "结合全国防灾减灾日组织应急疏散演练"),
    6: ("汛期前排查低洼地段和危旧房屋", "举办端午节包粽子活动"),
    7: ("开办暑期青少年托管班", "落实防汛值守，备足沙袋等物资"),
    8: ("高温期间每周探访独居、高龄老人", "走访慰问退役军人及军属"),
    9: ("举办中秋节邻里联欢活动", "开学季开展交通安全宣传"),
    10: ("安排国庆假期值班及安全巡查", "组织重阳节敬老活动，为高龄老人送祝福"),
    11: ("摸排冬季供暖问题，及时对接供热单位", "开展119消防宣传月活动"),
    12: ("做好年终工作总结，召开居民代表会议", "开展冬季防火、防煤气中毒入户宣传"),
}
ROUTINE = (
    "完成{grid}入户核查，及时更新人口信息",
    "对本月受理未结的矛盾纠纷逐件跟进，按期回访",
    "核对志愿者服务时长，提醒未达标志愿者参加服务",
    "召开群议厅议事会，推动已通过决议落地",
    "定期走访低保、残疾、高龄等重点人群",
    "开展垃圾分类宣传入户，评选分类示范楼栋",
    "配合街道做好出租房屋和流动人口登记",
    "整理值班记录中的遗留问题，逐项明确责任人",
)
PROBLEMS = (
    "出租房屋流动人口登记仍有遗漏，信息更新不够及时",
    "志愿者队伍年龄偏大，青年志愿者参与不足",
    "部分矛盾纠纷涉及物业、产权等历史遗留问题，调解难度大",
    "老旧小区停车位紧张，居民反映较多",
    "夜间值班人手紧张，个别人员连续值班",
    "活动场地有限，部分活动报名人数超出容量",
    "楼道堆物清理后反复出现，需物业配合长效管理",
    "独居老人数量增加，定期探访人手不足",
)


def generate_report_demo(session_factory: sessionmaker[Session], today: date, seed: int) -> None:
    """Adds the 工作报告 demo in its own transaction; the rest of the demo must already be committed."""
    rng = random.Random(seed * 17 + 8)
    with session_factory() as session:
        path = Path(session.get_bind().url.database or "")
        secretary = session.scalar(select(DutyStaff.name).where(DutyStaff.role == "书记")) or "社区书记"
        grids = session.scalars(select(Grid.name).order_by(Grid.id)).all() or ["各网格"]
    service = ReportService(path, session_factory, actor=secretary)
    months = completed_months(today)
    rows = []
    for period in months:
        handed_in = period.last + timedelta(days=rng.randint(2, 5))
        final = period != months[-1]
        text = ReportText(_plan(rng, period, grids), _problems(rng), secretary, handed_in if final else None)
        now = datetime.combine(min(handed_in, today), time(16, 30))
        row = {
            "kind": period.kind.value,
            "year": period.year,
            "number": period.number,
            "status": ReportStatus.DRAFT.value,
            **text_values(text),
            "figures_json": None,
            "months_json": None,
            "community": "",
            "finalised_at": None,
            "finalised_by": "",
            "created_at": now,
            "updated_at": now,
        }
        if final:
            row |= final_values(replace(service.report(period), text=text), secretary, now)
        rows.append(row)
    with session_factory() as session, session.begin():
        session.execute(insert(MonthlyReport), rows)


def completed_months(today: date) -> list[ReportPeriod]:
    """The months of the demo's span that have ended before `today`, oldest first."""
    index = today.year * 12 + today.month - 1
    return [ReportPeriod.month(i // 12, i % 12 + 1) for i in range(index - MONTHS_BACK, index)]


def _plan(rng: random.Random, period: ReportPeriod, grids: Sequence[str]) -> str:
    seasonal = SEASONAL[period.number % 12 + 1]
    routine = [item.format(grid=rng.choice(grids)) for item in rng.sample(ROUTINE, 3)]
    return "\n".join(f"{n}. {item}。" for n, item in enumerate((*seasonal, *routine), start=1))


def _problems(rng: random.Random) -> str:
    return "\n".join(f"{n}. {item}。" for n, item in enumerate(rng.sample(PROBLEMS, rng.randint(2, 3)), start=1))
