#include "Prompter.h"

#include "DialogPrompter.h"

namespace Coffre {

namespace {
std::unique_ptr<Prompter> &current()
{
    static std::unique_ptr<Prompter> prompter;
    return prompter;
}
} // namespace

Prompter::~Prompter() = default;

Prompter &Prompter::instance()
{
    if (!current())
        current() = std::make_unique<DialogPrompter>();
    return *current();
}

void Prompter::setInstance(std::unique_ptr<Prompter> prompter)
{
    current() = std::move(prompter);
}

} // namespace Coffre
