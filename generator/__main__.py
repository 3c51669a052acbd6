from generator.cli import leave, main

try:
    code = main()
except BrokenPipeError:  # the output was piped into `head` or the like, which stopped reading
    code = 1
leave(code)
