#pragma once

#include <QPushButton>

class QLabel;

namespace sdstudy::widgets {

// One answer of a multiple-choice question as a button the size of its text:
// its number (the key that picks it) and the answer, wrapped. After the pick it
// shows whether it was right, in colour and in words.
class ChoiceOption final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceOption)

public:
    enum class Mark { None, Right, PickedWrong };

    explicit ChoiceOption(int number, QWidget *parent = nullptr);

    // Plain text: an answer from a bank is never read as rich text here.
    void setAnswer(const QString &text);
    QString answer() const;
    void setMark(Mark mark);
    Mark mark() const { return m_mark; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMark();

    int m_number;
    QLabel *m_label;
    QString m_answer;
    Mark m_mark = Mark::None;
};

} // namespace sdstudy::widgets
