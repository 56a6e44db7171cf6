import sys

def main():
    try:
        print("working")
        sys.exit(None)
    finally:
        print("cleanup runs")

if __name__ == "__main__":
    main()
    print("not reached")
