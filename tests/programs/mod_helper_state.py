import helper_counter
import helper_counter as hc
from helper_counter import hit, summary

print("main module", __name__)
hit("a")
hit("b")
hc.hit("c")
print(helper_counter.count, hc.count, summary())
helper_counter.count = 100
print(hit("d"), summary())
import helper_counter
print(hc.log is helper_counter.log, len(hc.log))

def main():
    print("in main guard")
    print(hit("main"))

if __name__ == "__main__":
    main()
