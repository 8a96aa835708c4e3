from zwgk.cli.app import main

main()
