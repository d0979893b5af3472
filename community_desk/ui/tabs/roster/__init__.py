"""值班 tab: the month/week roster with drag-and-drop changes, 调班, conflicts and fairness counts."""
