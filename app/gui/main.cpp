#include "app/workbench/workbenchapplication.h"

int main(int argc, char *argv[])
{
    return madoguchi::app::runWorkbench(argc, argv);
}
