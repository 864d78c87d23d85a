#!/usr/bin/env python3
# A script with a shebang line, blank lines full of spaces and comments
    
import sys
        

def main(argv):
    # print the arguments
    	
    for arg in argv:
        print(arg)  # one per line
    
    return 0
        # trailing comment at deeper indentation


# the end
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
# type: ignore
