#pragma once

#include <QByteArray>

// A large bank in the bundled bank's shape, for measuring at scale: questions and
// answers made of the bundled bank's own words, so search and grouping see
// realistic vocabulary. The same seed always gives the same bank.
QByteArray syntheticBank(int questionCount, quint32 seed);
