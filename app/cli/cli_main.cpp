// aimc: the headless command line of AiMC Explorer, for scripted sweeps.
#include "commands.h"

#include <cstring>
#include <iostream>

namespace {
struct Command {
    const char* name;
    const char* usage;
    int (*run)(int, char**);
};

const Command kCommands[] = {
    {"params", "params [--markdown]              the parameter table", aimc::cli::runParams},
    {"presets", "presets                          the shipped presets", aimc::cli::runPresets},
    {"device", "device [--preset P] [--set k=v]... [--measured FILE] [--json]   device statistics, weight variation, write path, retention",
     aimc::cli::runDevice},
    {"technologies", "technologies [--preset P] [--set k=v]... [--model FILE --dataset NAME [--images N] [--chips K] [--ir MODE]] [--json]   Table I live",
     aimc::cli::runTechnologies},
    {"train", "train --dataset NAME|PATH [--arch lenet5|lenet5-classic|bsnn] [--time-steps T] [--surrogate rect|triangle|sigmoid] [--surrogate-width W] [--checkpoint] [--sigma-train S] [--epochs E] [--seed N] --out FILE", aimc::cli::runTrain},
    {"accuracy", "accuracy --model FILE --dataset NAME|PATH [--images N] [--sigma-w S] [--chips K] [--time-steps T] [--json]", aimc::cli::runAccuracy},
    {"energy", "energy [--preset P] [--set k=v]... [--json]   MVM energy, TOPS/W, area, feasibility",
     aimc::cli::runEnergy},
    {"transient", "transient [--preset P] [--set k=v]... [--json] [--csv DIR] [--spice FILE]   one precharge-scheme MVM (Cosemans Fig. 4)", aimc::cli::runTransient},
    {"irdrop", "irdrop [--preset P] [--set k=v]... [--json] [--csv DIR] [--spice FILE]   crossbar IR drop", aimc::cli::runIrdrop},
    {"sweep", "sweep SPEC.json --out R.csv [--resume] [--shard K/N] [--threads T] [--force]   design-space sweep",
     aimc::cli::runSweep},
    {"sweep-merge", "sweep-merge --out R.csv SHARD.csv...   join the results of --shard runs", aimc::cli::runSweepMerge},
};

void usage(std::ostream& os) {
    os << "usage: aimc <command> [options]\n\ncommands:\n";
    for (const auto& c : kCommands)
        os << "  " << c.usage << "\n";
    os << "\n--preset takes a file or a shipped preset name; --set key=value may repeat.\n";
}
} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        usage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? 2 : 0;
    }
    for (const auto& c : kCommands)
        if (!std::strcmp(argv[1], c.name)) {
            try {
                return c.run(argc, argv);
            } catch (const std::exception& e) {
                std::cerr << "aimc: " << e.what() << "\n";
                return 1;
            }
        }
    std::cerr << "aimc: unknown command '" << argv[1] << "'\n";
    usage(std::cerr);
    return 2;
}
