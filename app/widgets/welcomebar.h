#pragma once

#include <QFrame>

namespace sdstudy::widgets {

// Above the first answers until dismissed: the few keys that make the app quick to use.
class WelcomeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeBar)

public:
    explicit WelcomeBar(QWidget *parent = nullptr);
};

} // namespace sdstudy::widgets
