"""社区工作台 — offline desktop office tools for a community office (社区居委会)."""

__version__ = "0.1.0"
APP_NAME = "CommunityDesk"
APP_TITLE = "社区工作台"
