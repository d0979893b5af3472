"""报表 tab: the secretary's 月度工作报告 (and 季报/年报) — preview, text, 定稿/重新打开, print and save."""
