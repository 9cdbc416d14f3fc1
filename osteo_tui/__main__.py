from osteo_tui.cli import main

main()
