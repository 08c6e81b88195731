// Diagram files: the metadata, and Graphviz's reading and layout of the DOT text;
// the first byte chooses DOT or JSON.

#include "diagrams/diagramfile.h"
#include "diagrams/diagramlayout.h"
#include "fuzzlibrary.h"

using namespace sdstudy::diagrams;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool json = data[0] == '{';
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto file
        = DiagramFile::parse(json ? QStringLiteral("fuzz.json") : QStringLiteral("fuzz.dot"), bytes, &error);
    if (file && file->kind != DiagramFile::Kind::Chart)
        (void)DiagramLayout::layout(*file, QGuiApplication::font(), &error);
    return 0;
}
