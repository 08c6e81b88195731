<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BankStore</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) (%2 due, %3 new, %4 ahead of time)</source>
        <translation>
            <numerusform>%1: %n question (%2 due, %3 new, %4 ahead of time)</numerusform>
            <numerusform>%1: %n questions (%2 due, %3 new, %4 ahead of time)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) · Reviews in all: %1 · Retention (30 days): %2</source>
        <translation>
            <numerusform>Streak: %n day · Reviews in all: %1 · Retention (30 days): %2</numerusform>
            <numerusform>Streak: %n days · Reviews in all: %1 · Retention (30 days): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with repeats</source>
        <translation>
            <numerusform>%n question with repeats</numerusform>
            <numerusform>%n questions with repeats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) would be imported as bank &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>%1: %n question would be imported as bank &quot;%2&quot; (%3).</numerusform>
            <numerusform>%1: %n questions would be imported as bank &quot;%2&quot; (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fitted FSRS-6 to %Ln answer(s) in %1 s.</source>
        <translation>
            <numerusform>Fitted FSRS-6 to %Ln answer in %1 s.</numerusform>
            <numerusform>Fitted FSRS-6 to %Ln answers in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %Ln later answer(s) it was not fitted on:</source>
        <translation>
            <numerusform>On %Ln later answer it was not fitted on:</numerusform>
            <numerusform>On %Ln later answers it was not fitted on:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, in %n day(s).</source>
        <translation>
            <numerusform>Interview on %1, in %n day.</numerusform>
            <numerusform>Interview on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sketch of %1, changed %2: %n component(s)</source>
        <translation>
            <numerusform>Sketch of %1, changed %2: %n component</numerusform>
            <numerusform>Sketch of %1, changed %2: %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are one concept now, with %n phrasing(s).</source>
        <translation>
            <numerusform>%1 and %2 are one concept now, with %n phrasing.</numerusform>
            <numerusform>%1 and %2 are one concept now, with %n phrasings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvBank</name>
    <message numerus="yes">
        <source>%n column(s) where %1 are needed; left out</source>
        <translation>
            <numerusform>%n column where %1 are needed; left out</numerusform>
            <numerusform>%n columns where %1 are needed; left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimationDrill</name>
    <message numerus="yes">
        <source>%1 new items are stored each day, %2 each. How much storage do %n year(s) take, with %3 copies of everything?</source>
        <translation>
            <numerusform>%1 new items are stored each day, %2 each. How much storage does %n year take, with %3 copies of everything?</numerusform>
            <numerusform>%1 new items are stored each day, %2 each. How much storage do %n years take, with %3 copies of everything?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s): %1 B</source>
        <translation>
            <numerusform>%n year: %1 B</numerusform>
            <numerusform>%n years: %1 B</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FsrsHistory</name>
    <message numerus="yes">
        <source>%n fields where the header has %1</source>
        <translation>
            <numerusform>%n field where the header has %1</numerusform>
            <numerusform>%n fields where the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownBank</name>
    <message numerus="yes">
        <source>the introduction under the title is left out (%n line(s))</source>
        <translation>
            <numerusform>the introduction under the title is left out (%n line)</numerusform>
            <numerusform>the introduction under the title is left out (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a question; its text is left out (%n line(s))</source>
        <translation>
            <numerusform>“%1” is not a question; its text is left out (%n line)</numerusform>
            <numerusform>“%1” is not a question; its text is left out (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text before the first heading is not a question; left out (%n line(s))</source>
        <translation>
            <numerusform>text before the first heading is not a question; left out (%n line)</numerusform>
            <numerusform>text before the first heading is not a question; left out (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressFile</name>
    <message numerus="yes">
        <source>%n note(s) deleted, as the file says they were deleted after your last change here.</source>
        <translation>
            <numerusform>%n note deleted, as the file says it was deleted after your last change here.</numerusform>
            <numerusform>%n notes deleted, as the file says they were deleted after your last change here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without text skipped: an empty note in the file never deletes yours.</source>
        <translation>
            <numerusform>%n note without text skipped: an empty note in the file never deletes yours.</numerusform>
            <numerusform>%n notes without text skipped: an empty note in the file never deletes yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) carried a date in the future (a clock that was wrong). They were added only where you had nothing yet, and never replaced what you have.</source>
        <translation>
            <numerusform>%n item carried a date in the future (a clock that was wrong). It was added only where you had nothing yet, and never replaced what you have.</numerusform>
            <numerusform>%n items carried a date in the future (a clock that was wrong). They were added only where you had nothing yet, and never replaced what you have.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message numerus="yes">
        <source>%1 · %n question(s) · %2</source>
        <translation>
            <numerusform>%1 · %n question · %2</numerusform>
            <numerusform>%1 · %n questions · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BankActions</name>
    <message numerus="yes">
        <source>Remove “%1” and its %n question(s)?</source>
        <translation>
            <numerusform>Remove “%1” and its %n question?</numerusform>
            <numerusform>Remove “%1” and its %n questions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramCardsDialog</name>
    <message numerus="yes">
        <source>No diagram card is due, and today&apos;s %n new one(s) are done. Come back tomorrow.</source>
        <translation>
            <numerusform>No diagram card is due, and today&apos;s new one is done. Come back tomorrow.</numerusform>
            <numerusform>No diagram card is due, and today&apos;s %n new ones are done. Come back tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n card(s) answered.</source>
        <translation>
            <numerusform>Done: %n card answered.</numerusform>
            <numerusform>Done: %n cards answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::EstimationDrillDialog</name>
    <message numerus="yes">
        <source>This sitting: %1 of %n right</source>
        <translation>
            <numerusform>This sitting: %1 of %n right</numerusform>
            <numerusform>This sitting: %1 of %n right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ExchangeActions</name>
    <message numerus="yes">
        <source>One is made on quit and every half hour while you make changes; the last %n, one a day for a week and one a week for a month are kept (Preferences &gt; Data).</source>
        <translation>
            <numerusform>One is made on quit and every half hour while you make changes; the last one, one a day for a week and one a week for a month are kept (Preferences &gt; Data).</numerusform>
            <numerusform>One is made on quit and every half hour while you make changes; the last %n, one a day for a week and one a week for a month are kept (Preferences &gt; Data).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ImportBankDialog</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an answer, skipped</source>
        <translation>
            <numerusform>, %n without an answer, skipped</numerusform>
            <numerusform>, %n without an answer, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s) that are not questions left out</source>
        <translation>
            <numerusform>, %n part that is not a question left out</numerusform>
            <numerusform>, %n parts that are not questions left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ProgressDashboard</name>
    <message numerus="yes">
        <source>%1: %n due</source>
        <translation>
            <numerusform>%1: %n due</numerusform>
            <numerusform>%1: %n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answers in these %n days yet. Each day you study adds a bar, coloured by your grades.</source>
        <translation>
            <numerusform>No answers in this %n day yet. Each day you study adds a bar, coloured by your grades.</numerusform>
            <numerusform>No answers in these %n days yet. Each day you study adds a bar, coloured by your grades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No study time in these %n days yet.</source>
        <translation>
            <numerusform>No study time in this %n day yet.</numerusform>
            <numerusform>No study time in these %n days yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n review(s) remembered</source>
        <translation>
            <numerusform>%1
%2 of %n review remembered</numerusform>
            <numerusform>%1
%2 of %n reviews remembered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n answer(s) not Again</source>
        <translation>
            <numerusform>%1
%2 of %n answer not Again</numerusform>
            <numerusform>%1
%2 of %n answers not Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n concept(s) seen by the day</source>
        <translation>
            <numerusform>%1
%2 of %n concept seen by the day</numerusform>
            <numerusform>%1
%2 of %n concepts seen by the day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for %1? (in %n day(s))</source>
        <translation>
            <numerusform>Ready for %1? (in %n day)</numerusform>
            <numerusform>Ready for %1? (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following Study Now, predicted recall on the day: %1% of the %n concept(s) that matter (%2 never seen yet).</source>
        <translation>
            <numerusform>Following Study Now, predicted recall on the day: %1% of the %n concept that matters (%2 never seen yet).</numerusform>
            <numerusform>Following Study Now, predicted recall on the day: %1% of the %n concepts that matter (%2 never seen yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) right</source>
        <translation>
            <numerusform>%1 of %n answer right</numerusform>
            <numerusform>%1 of %n answers right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::RecallPage</name>
    <message numerus="yes">
        <source>Practise the %n Missed Again</source>
        <translation>
            <numerusform>Practise the Missed One Again</numerusform>
            <numerusform>Practise the %n Missed Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>## Session ended

Nothing was answered, so nothing was scheduled. The %n question(s) of this session wait for the next one.</source>
        <translation>
            <numerusform>## Session ended

Nothing was answered, so nothing was scheduled. The question of this session waits for the next one.</numerusform>
            <numerusform>## Session ended

Nothing was answered, so nothing was scheduled. The %n questions of this session wait for the next one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SchedulerPage</name>
    <message numerus="yes">
        <source>In use: parameters fitted to your %Ln answer(s) on %1.</source>
        <translation>
            <numerusform>In use: parameters fitted to your %Ln answer on %1.</numerusform>
            <numerusform>In use: parameters fitted to your %Ln answers on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored on %Ln later answer(s) that no fit had seen (lower is better):
log loss: fitted %1, defaults %2
RMSE over bins: fitted %3, defaults %4</source>
        <translation>
            <numerusform>Scored on %Ln later answer that no fit had seen (lower is better):
log loss: fitted %1, defaults %2
RMSE over bins: fitted %3, defaults %4</numerusform>
            <numerusform>Scored on %Ln later answers that no fit had seen (lower is better):
log loss: fitted %1, defaults %2
RMSE over bins: fitted %3, defaults %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::Whiteboard</name>
    <message numerus="yes">
        <source>The board holds at most %n component(s).</source>
        <translation>
            <numerusform>The board holds at most %n component.</numerusform>
            <numerusform>The board holds at most %n components.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed: %n component(s)</source>
        <translation>
            <numerusform>Missed: %n component</numerusform>
            <numerusform>Missed: %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have: %n component(s)</source>
        <translation>
            <numerusform>You have: %n component</numerusform>
            <numerusform>You have: %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections missed between what you have: %n</source>
        <translation>
            <numerusform>Connection missed between what you have: %n</numerusform>
            <numerusform>Connections missed between what you have: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the reference: %n component(s)</source>
        <translation>
            <numerusform>Not in the reference: %n component</numerusform>
            <numerusform>Not in the reference: %n components</numerusform>
        </translation>
    </message>
</context>
</TS>
