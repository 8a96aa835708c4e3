from zwgk.cli import main

main()
