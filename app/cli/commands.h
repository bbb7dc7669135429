// The `aimc` subcommands; each lives in its own cmd_*.cpp and is listed in cli_main.cpp.
#pragma once

namespace aimc::cli {

int runParams(int argc, char** argv);
int runPresets(int argc, char** argv);
int runDevice(int argc, char** argv);
int runTechnologies(int argc, char** argv);
int runTrain(int argc, char** argv);
int runAccuracy(int argc, char** argv);
int runAnalogAccuracy(int argc, char** argv); // accuracy through the arrays (--preset/--set/--ir)
int runEnergy(int argc, char** argv);
int runIrdrop(int argc, char** argv);
int runSweep(int argc, char** argv);
int runSweepMerge(int argc, char** argv);
int runTransient(int argc, char** argv);

} // namespace aimc::cli
