"""The Textual app: screens, panes, widgets, styles and the command line."""
