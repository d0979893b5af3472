"""The 志愿 tab: volunteers, service records, teams and statistics."""
