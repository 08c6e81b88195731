<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutText</name>
    <message>
        <source>About System Design Study</source>
        <translation>Über System Design Study</translation>
    </message>
    <message>
        <source>&lt;h3&gt;System Design Study %1&lt;/h3&gt;&lt;p&gt;Study system-design interview questions offline: browse, search, take notes, practise with spaced repetition and see the designs as diagrams.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on Qt %2 (widgets, SQL, charts, printing, SVG), KDE Syntax Highlighting %3, SQLite %4 with FTS5, Graphviz %5 and md4c.&lt;/p&gt;&lt;p&gt;Your data: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;System Design Study %1&lt;/h3&gt;&lt;p&gt;Interviewfragen zum Systementwurf offline lernen: stöbern, suchen, Notizen machen, mit verteilter Wiederholung üben und die Entwürfe als Diagramme sehen.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 (Widgets, SQL, Diagramme, Drucken, SVG), KDE Syntax Highlighting %3, SQLite %4 mit FTS5, Graphviz %5 und md4c.&lt;/p&gt;&lt;p&gt;Ihre Daten: %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnkiExchange</name>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1: only tab-separated text is read (this file says &quot;%2&quot;)</source>
        <translation>%1: gelesen wird nur tabulatorgetrennter Text (diese Datei sagt &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: the columns must include Front and Back</source>
        <translation>%1: die Spalten müssen Front und Back enthalten</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where %4 were expected</source>
        <translation>%1:%2: %3 Felder, wo %4 erwartet wurden</translation>
    </message>
    <message>
        <source>%1:%2: a card with an empty front</source>
        <translation>%1:%2: eine Karte mit leerer Vorderseite</translation>
    </message>
    <message>
        <source>%1:%2: the card&apos;s HTML nests deeper than %3 levels</source>
        <translation>%1:%2: das HTML der Karte ist tiefer als %3 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>AnkiPackage</name>
    <message>
        <source>(picture: %1)</source>
        <translation>(Bild: %1)</translation>
    </message>
    <message>
        <source>not an Anki package: the file is not a zip archive</source>
        <translation>kein Anki-Paket: die Datei ist kein Zip-Archiv</translation>
    </message>
    <message>
        <source>the package holds more than %1 files</source>
        <translation>das Paket enthält mehr als %1 Dateien</translation>
    </message>
    <message>
        <source>this package is in the newest Anki format; in Anki, export it again with “Support older Anki versions” ticked</source>
        <translation>dieses Paket ist im neuesten Anki-Format; exportieren Sie es in Anki erneut mit angehaktem „Support older Anki versions“</translation>
    </message>
    <message>
        <source>not an Anki package: it holds no collection.anki2 or collection.anki21</source>
        <translation>kein Anki-Paket: es enthält weder collection.anki2 noch collection.anki21</translation>
    </message>
    <message>
        <source>the package&apos;s collection is larger than %1 MB unpacked, or damaged</source>
        <translation>die Sammlung des Pakets ist entpackt größer als %1 MB oder beschädigt</translation>
    </message>
    <message>
        <source>cannot unpack the collection: %1</source>
        <translation>die Sammlung lässt sich nicht entpacken: %1</translation>
    </message>
    <message>
        <source>the package&apos;s collection is not an Anki collection</source>
        <translation>die Sammlung des Pakets ist keine Anki-Sammlung</translation>
    </message>
    <message>
        <source>the package&apos;s notes cannot be read: %1</source>
        <translation>die Notizen des Pakets lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the package holds more than %1 notes</source>
        <translation>das Paket enthält mehr als %1 Notizen</translation>
    </message>
    <message>
        <source>note %1 has no question; left out</source>
        <translation>Notiz %1 hat keine Frage; ausgelassen</translation>
    </message>
    <message>
        <source>“%1” has no answer; left out</source>
        <translation>„%1“ hat keine Antwort; ausgelassen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>the package holds no notes</source>
        <translation>das Paket enthält keine Notizen</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>the picture takes %1; a note&apos;s picture can take up to %2</source>
        <translation>das Bild belegt %1; ein Bild in einer Notiz darf bis zu %2 belegen</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures can be kept in a note</source>
        <translation>nur PNG- und JPEG-Bilder können in einer Notiz aufbewahrt werden</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1: der Sicherungsordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it is not a System Design Study database</source>
        <translation>das ist keine Datenbank von System Design Study</translation>
    </message>
    <message>
        <source>%1: the database has no id to name its backups by</source>
        <translation>%1: die Datenbank hat keine ID, nach der ihre Sicherungen benannt werden können</translation>
    </message>
    <message>
        <source>%1: cannot put the new backup safely on the disk</source>
        <translation>%1: die neue Sicherung lässt sich nicht sicher auf die Platte schreiben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
</context>
<context>
    <name>BankActions</name>
    <message>
        <source>Remove Bank “%1”</source>
        <translation>Sammlung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Bank removed. Undo (Ctrl+Z) brings it back.</source>
        <translation>Sammlung entfernt. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>The bank was not removed: %1</source>
        <translation>Die Sammlung wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Bank brought back.</source>
        <translation>Sammlung zurückgeholt.</translation>
    </message>
    <message>
        <source>The bank could not be brought back: %1</source>
        <translation>Die Sammlung ließ sich nicht zurückholen: %1</translation>
    </message>
</context>
<context>
    <name>BankImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the bank is larger than %2 MB; nothing was imported</source>
        <translation>%1: die Sammlung ist größer als %2 MB; nichts wurde importiert</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>BankParser</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>no questions found: a CSV bank needs a question and an answer in each row%1</source>
        <translation>keine Fragen gefunden: eine CSV-Sammlung braucht in jeder Zeile eine Frage und eine Antwort%1</translation>
    </message>
    <message>
        <source>no questions found: questions may be headings (&quot;### N. Question&quot;), &quot;**Question:**&quot; labels, &lt;details&gt; blocks or bold lines, each followed by its answer</source>
        <translation>keine Fragen gefunden: Fragen können Überschriften (&quot;### N. Frage&quot;), &quot;**Question:**&quot;-Marken, &lt;details&gt;-Blöcke oder fette Zeilen sein, jeweils gefolgt von ihrer Antwort</translation>
    </message>
    <message>
        <source>Tab-separated rows: one question and its answer per row</source>
        <translation>Durch Tabulatoren getrennte Zeilen: eine Frage mit Antwort je Zeile</translation>
    </message>
    <message>
        <source>Comma-separated rows: one question and its answer per row</source>
        <translation>Durch Kommas getrennte Zeilen: eine Frage mit Antwort je Zeile</translation>
    </message>
    <message>
        <source>Every level-%1 heading is a question</source>
        <translation>Jede Überschrift der Ebene %1 ist eine Frage</translation>
    </message>
    <message>
        <source>Level-%1 headings that ask something are questions</source>
        <translation>Überschriften der Ebene %1, die etwas fragen, sind Fragen</translation>
    </message>
    <message>
        <source>“**Question:**” or “**Q:**” labels mark questions</source>
        <translation>Marken „**Question:**“ oder „**Q:**“ kennzeichnen Fragen</translation>
    </message>
    <message>
        <source>&lt;details&gt; blocks: the summary is the question</source>
        <translation>&lt;details&gt;-Blöcke: die Zusammenfassung ist die Frage</translation>
    </message>
    <message>
        <source>Bold lines that ask something are questions</source>
        <translation>Fette Zeilen, die etwas fragen, sind Fragen</translation>
    </message>
    <message>
        <source>no questions found: %1</source>
        <translation>keine Fragen gefunden: %1</translation>
    </message>
    <message>
        <source>Anki package: each note is a question, its first field the question, its second the answer</source>
        <translation>Anki-Paket: jede Notiz ist eine Frage, ihr erstes Feld die Frage, ihr zweites die Antwort</translation>
    </message>
</context>
<context>
    <name>BankStore</name>
    <message>
        <source>a bank&apos;s name needs 1 to %1 characters</source>
        <translation>der Name einer Sammlung braucht 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>there is no bank “%1”</source>
        <translation>es gibt keine Sammlung „%1“</translation>
    </message>
    <message>
        <source>the bundled bank cannot be removed</source>
        <translation>die mitgelieferte Sammlung lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n Lesezeichen</numerusform>
            <numerusform>%n Lesezeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionViews</name>
    <message>
        <source>(no longer in a bank) %1</source>
        <translation>(in keiner Sammlung mehr) %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>sdstudy: %1</source>
        <translation>sdstudy: %1</translation>
    </message>
    <message>
        <source>Try &apos;sdstudy --help&apos;.</source>
        <translation>Siehe &apos;sdstudy --help&apos;.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1</source>
        <translation>--limit erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>--columns takes 1 or 2</source>
        <translation>--columns erwartet 1 oder 2</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter</source>
        <translation>--paper erwartet a4 oder letter</translation>
    </message>
    <message>
        <source>--font-size takes a size in points from 6 to 24</source>
        <translation>--font-size erwartet eine Größe in Punkt von 6 bis 24</translation>
    </message>
    <message>
        <source>--size takes a whole number (0: no limit)</source>
        <translation>--size erwartet eine ganze Zahl (0: keine Grenze)</translation>
    </message>
    <message>
        <source>--retention takes a number from 0.70 to 0.99</source>
        <translation>--retention erwartet eine Zahl von 0.70 bis 0.99</translation>
    </message>
    <message>
        <source>no question &quot;%1&quot;</source>
        <translation>keine Frage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>show takes one question ID</source>
        <translation>show erwartet eine Fragen-ID</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Also asked as %1</source>
        <translation>Auch gefragt als %1</translation>
    </message>
    <message>
        <source>search takes the words to look for</source>
        <translation>search erwartet die gesuchten Wörter</translation>
    </message>
    <message>
        <source>No questions match.</source>
        <translation>Keine Fragen gefunden.</translation>
    </message>
    <message>
        <source>Questions imported from %1: %2</source>
        <translation>Aus %1 importierte Fragen: %2</translation>
    </message>
    <message>
        <source>%1 is already imported; nothing changed.</source>
        <translation>%1 ist schon importiert; nichts geändert.</translation>
    </message>
    <message>
        <source>bookmark takes one question ID</source>
        <translation>bookmark erwartet eine Fragen-ID</translation>
    </message>
    <message>
        <source>bookmark takes --flag or --clear, not both</source>
        <translation>bookmark erwartet --flag oder --clear, nicht beides</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;; the flags are: %2</source>
        <translation>unbekannte Markierung &quot;%1&quot;; die Markierungen sind: %2</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>note takes one question ID</source>
        <translation>note erwartet eine Fragen-ID</translation>
    </message>
    <message>
        <source>note takes --set or --file, not both</source>
        <translation>note erwartet --set oder --file, nicht beides</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>use: notes export FILE.md</source>
        <translation>Aufruf: notes export DATEI.md</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: die Datei lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>use: export progress FILE, or: export anki FILE</source>
        <translation>Aufruf: export progress DATEI, oder: export anki DATEI</translation>
    </message>
    <message>
        <source>New cards: %1, flags brought back: %2, already there: %3.</source>
        <translation>Neue Karten: %1, Markierungen zurückgeholt: %2, schon vorhanden: %3.</translation>
    </message>
    <message>
        <source>print takes --pdf FILE, and optionally --topic, --bookmarked, --flag, --search, --answers, --notes, --diagrams, --columns, --paper, --font-size</source>
        <translation>print erwartet --pdf DATEI und wahlweise --topic, --bookmarked, --flag, --search, --answers, --notes, --diagrams, --columns, --paper, --font-size</translation>
    </message>
    <message>
        <source>no questions to print for %1</source>
        <translation>keine Fragen zu drucken für %1</translation>
    </message>
    <message>
        <source>System Design Study: %1</source>
        <translation>System Design Study: %1</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <comment>file: N questions on N pages</comment>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1, updated %2, already there %3.</source>
        <translation>Hinzugefügt %1, aktualisiert %2, schon vorhanden %3.</translation>
    </message>
    <message>
        <source>backup takes no arguments</source>
        <translation>backup erwartet keine Argumente</translation>
    </message>
    <message>
        <source>restore takes one backup file</source>
        <translation>restore erwartet eine Sicherungsdatei</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 zurückgespielt.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Die ersetzte Datenbank bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>diagram takes a NAME (see `sdstudy diagrams`) and --png FILE or --svg FILE</source>
        <translation>diagram erwartet einen NAMEN (siehe `sdstudy diagrams`) und --png DATEI oder --svg DATEI</translation>
    </message>
    <message>
        <source>no diagram &quot;%1&quot;; `sdstudy diagrams` lists them</source>
        <translation>kein Diagramm &quot;%1&quot;; `sdstudy diagrams` listet sie auf</translation>
    </message>
    <message>
        <source>charts cannot be drawn here</source>
        <translation>Diagramme lassen sich hier nicht zeichnen</translation>
    </message>
    <message>
        <source>%1, stability %2 d, difficulty %3, due %4</source>
        <translation>%1, Stabilität %2 T, Schwierigkeit %3, fällig %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) (%2 due, %3 new, %4 ahead of time)</source>
        <translation>
            <numerusform>%1: %n Frage (%2 fällig, %3 neu, %4 vorzeitig)</numerusform>
            <numerusform>%1: %n Fragen (%2 fällig, %3 neu, %4 vorzeitig)</numerusform>
        </translation>
    </message>
    <message>
        <source>review takes a question ID and a rating (1-4 or again, hard, good, easy)</source>
        <translation>review erwartet eine Fragen-ID und eine Bewertung (1-4 oder again, hard, good, easy)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; use 1-4 or again, hard, good, easy</source>
        <translation>&quot;%1&quot; ist keine Bewertung; möglich sind 1-4 oder again, hard, good, easy</translation>
    </message>
    <message>
        <source>--at takes a time in ISO 8601, such as 2026-01-05T09:30:00Z</source>
        <translation>--at erwartet eine Zeit in ISO 8601, etwa 2026-01-05T09:30:00Z</translation>
    </message>
    <message>
        <source>--at is before the question&apos;s last review (%1)</source>
        <translation>--at liegt vor der letzten Wiederholung der Frage (%1)</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>schedule takes --history &quot;TIME=RATING,...&quot;, such as 2026-01-05T09:30:00Z=3</source>
        <translation>schedule erwartet --history &quot;ZEIT=BEWERTUNG,...&quot;, etwa 2026-01-05T09:30:00Z=3</translation>
    </message>
    <message>
        <source>--history item %1 (&quot;%2&quot;): %3</source>
        <translation>--history, Eintrag %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>expected TIME=RATING</source>
        <translation>erwartet: ZEIT=BEWERTUNG</translation>
    </message>
    <message>
        <source>the time is not ISO 8601, such as 2026-01-05T09:30:00Z</source>
        <translation>die Zeit ist nicht ISO 8601, etwa 2026-01-05T09:30:00Z</translation>
    </message>
    <message>
        <source>the rating is not 1-4 or again, hard, good, easy</source>
        <translation>die Bewertung ist nicht 1-4 oder again, hard, good, easy</translation>
    </message>
    <message>
        <source>earlier than the item before it</source>
        <translation>früher als der Eintrag davor</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Today: %1 reviewed (%2 new, %3 forgotten) in %4 min; %5 due now, %6 due by the end of the day</source>
        <translation>Heute: %1 wiederholt (%2 neu, %3 vergessen) in %4 min; %5 jetzt fällig, %6 bis zum Tagesende fällig</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) · Reviews in all: %1 · Retention (30 days): %2</source>
        <translation>
            <numerusform>Serie: %n Tag · Wiederholungen insgesamt: %1 · Behalten (30 Tage): %2</numerusform>
            <numerusform>Serie: %n Tage · Wiederholungen insgesamt: %1 · Behalten (30 Tage): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>noch keine Wiederholungen</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 learning, %4 young, %5 mature</source>
        <translation>%1: %2 neu, %3 im Lernen, %4 jung, %5 gefestigt</translation>
    </message>
    <message>
        <source>nothing was imported: the backup taken before an import failed: %1</source>
        <translation>nichts wurde importiert: die Sicherung vor dem Import schlug fehl: %1</translation>
    </message>
    <message>
        <source>Backed up first to %1.</source>
        <translation>Zuerst gesichert nach %1.</translation>
    </message>
    <message>
        <source>Usage: sdstudy [--db FILE] [COMMAND [ARGS]]</source>
        <translation>Aufruf: sdstudy [--db DATEI] [BEFEHL [ARGUMENTE]]</translation>
    </message>
    <message>
        <source>Without a command, opens the window. Commands run without a display:</source>
        <translation>Ohne Befehl öffnet sich das Fenster. Befehle laufen ohne Bildschirm:</translation>
    </message>
    <message>
        <source>Options:
  --db FILE          use this database instead of the one in the app&apos;s data folder
  --backup-dir DIR   keep backups here (default: &quot;backups&quot; beside the database)
  --json             print JSON (the keys are documented in README.md)
  -h, --help         show this help
  -v, --version      show the version
</source>
        <translation>Optionen:
  --db FILE          diese Datenbank statt der im Datenordner der App
  --backup-dir DIR   Sicherungen hier ablegen (Standard: &quot;backups&quot; neben der Datenbank)
  --json             JSON ausgeben (die Schlüssel stehen in README.md)
  -h, --help         diese Hilfe zeigen
  -v, --version      die Version zeigen
</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 kennt --%2 nicht</translation>
    </message>
    <message>
        <source>the topic tree with question counts</source>
        <translation>der Themenbaum mit der Zahl der Fragen</translation>
    </message>
    <message>
        <source>one question: ID is its number in the bundled bank, BANK:N for another bank, or its stable id</source>
        <translation>eine Frage: ID ist ihre Nummer in der mitgelieferten Sammlung, SAMMLUNG:N für eine andere, oder ihre feste ID</translation>
    </message>
    <message>
        <source>questions matching QUERY, best first; QUERY may hold is:bookmarked, flag:NAME, has:note, topic:NAME</source>
        <translation>Fragen zu QUERY, die besten zuerst; QUERY darf is:bookmarked, flag:NAME, has:note, topic:NAME enthalten</translation>
    </message>
    <message>
        <source>bookmark a question, with a flag, or clear it</source>
        <translation>Lesezeichen setzen, mit Markierung, oder entfernen</translation>
    </message>
    <message>
        <source>every bookmark, by flag</source>
        <translation>alle Lesezeichen, nach Markierung</translation>
    </message>
    <message>
        <source>print a question&apos;s note, or set it (&quot;&quot; deletes; F may be - for standard input)</source>
        <translation>die Notiz einer Frage ausgeben oder setzen (&quot;&quot; löscht; F darf - für die Standardeingabe sein)</translation>
    </message>
    <message>
        <source>every note</source>
        <translation>alle Notizen</translation>
    </message>
    <message>
        <source>every note in one Markdown file, by topic</source>
        <translation>alle Notizen in einer Markdown-Datei, nach Thema</translation>
    </message>
    <message>
        <source>bookmarks and notes in one file, for another computer</source>
        <translation>Lesezeichen und Notizen in einer Datei, für einen anderen Rechner</translation>
    </message>
    <message>
        <source>cards for Anki and AnkiDroid, as text Anki imports</source>
        <translation>Karten für Anki und AnkiDroid, als Text, den Anki liest</translation>
    </message>
    <message>
        <source>a topic sheet as PDF (questions only unless --answers)</source>
        <translation>ein Themenblatt als PDF (nur Fragen ohne --answers)</translation>
    </message>
    <message>
        <source>what a study session would ask, in order; KEY is study-now (default), all, due, new, weak, misses, bookmarked, flag:NAME or topic:NAME[;NAME...]</source>
        <translation>was eine Lernsitzung fragen würde, der Reihe nach; KEY ist study-now (Standard), all, due, new, weak, misses, bookmarked, flag:NAME oder topic:NAME[;NAME...]</translation>
    </message>
    <message>
        <source>record an answer: RATING 1-4 or again, hard, good, easy; TIME in ISO 8601 (default: now)</source>
        <translation>eine Antwort festhalten: RATING 1-4 oder again, hard, good, easy; TIME in ISO 8601 (Standard: jetzt)</translation>
    </message>
    <message>
        <source>today&apos;s numbers, streak, forecast, topics</source>
        <translation>die Zahlen von heute, Serie, Vorschau, Themen</translation>
    </message>
    <message>
        <source>every diagram: name, kind, title, questions</source>
        <translation>alle Diagramme: Name, Art, Titel, Fragen</translation>
    </message>
    <message>
        <source>draw one diagram as a picture</source>
        <translation>ein Diagramm als Bild zeichnen</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>die Datenbank jetzt sichern</translation>
    </message>
    <message>
        <source>put a backup in place, keeping the current file</source>
        <translation>eine Sicherung zurückspielen; die jetzige Datei bleibt</translation>
    </message>
    <message>
        <source>merge a progress file in: new is added, newer replaces older</source>
        <translation>eine Fortschrittsdatei einlesen: Neues kommt hinzu, Neueres ersetzt Älteres</translation>
    </message>
    <message>
        <source>a file of Anki cards back in: flags return, new cards become a bank</source>
        <translation>eine Datei mit Anki-Karten zurück: Markierungen kehren zurück, neue Karten werden eine Sammlung</translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n Konzept</numerusform>
            <numerusform>%n Konzepte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) with repeats</source>
        <translation>
            <numerusform>%n Frage mit Wiederholungen</numerusform>
            <numerusform>%n Fragen mit Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) would be imported as bank &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>%1: %n Frage würde als Sammlung &quot;%2&quot; importiert (%3).</numerusform>
            <numerusform>%1: %n Fragen würden als Sammlung &quot;%2&quot; importiert (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>use: bank rename KEY NAME, or: bank remove KEY</source>
        <translation>Aufruf: bank rename SCHLÜSSEL NAME, oder: bank remove SCHLÜSSEL</translation>
    </message>
    <message>
        <source>the banks, with their questions&apos; count</source>
        <translation>die Sammlungen mit der Zahl ihrer Fragen</translation>
    </message>
    <message>
        <source>give a bank another name</source>
        <translation>einer Sammlung einen anderen Namen geben</translation>
    </message>
    <message>
        <source>remove an imported bank; its notes, bookmarks and answers are kept</source>
        <translation>eine importierte Sammlung entfernen; ihre Notizen, Lesezeichen und Antworten bleiben</translation>
    </message>
    <message>
        <source>import takes one bank file, or: import progress FILE, or: import anki FILE</source>
        <translation>import erwartet eine Sammlungsdatei, oder: import progress DATEI, oder: import anki DATEI</translation>
    </message>
    <message>
        <source>--format takes auto, markdown, csv or apkg</source>
        <translation>--format erwartet auto, markdown, csv oder apkg</translation>
    </message>
    <message>
        <source>add a bank from Markdown (questions as headings, labels, &lt;details&gt; or bold lines), CSV/TSV or an Anki package; --dry-run shows what would come in</source>
        <translation>eine Sammlung aus Markdown (Fragen als Überschriften, Marken, &lt;details&gt; oder fette Zeilen), CSV/TSV oder einem Anki-Paket hinzufügen; --dry-run zeigt, was käme</translation>
    </message>
    <message>
        <source>Removed. Its %1 are kept and return if it is imported again.</source>
        <translation>Entfernt. Ihre %1 bleiben erhalten und kehren zurück, wenn sie wieder importiert wird.</translation>
    </message>
    <message>
        <source>the scheduler on a new card with that history (FSRS-6 defaults or the parameters given, no fuzz); needs no database</source>
        <translation>der Planer an einer neuen Karte mit diesem Verlauf (FSRS-6-Standardwerte oder die angegebenen Parameter, ohne Streuung); braucht keine Datenbank</translation>
    </message>
    <message>
        <source>fit the scheduler to the review log (or to a review-log CSV as the FSRS tools write it) and use the fit if it predicts held-out answers better than the defaults; --dry-run changes nothing</source>
        <translation>den Planer an das Antwortprotokoll anpassen (oder an eine Protokoll-CSV, wie die FSRS-Werkzeuge sie schreiben) und die Anpassung nutzen, wenn sie zurückgehaltene Antworten besser vorhersagt als die Standardwerte; --dry-run ändert nichts</translation>
    </message>
    <message>
        <source>optimize takes no arguments; a review-log CSV goes with --revlog FILE</source>
        <translation>optimize nimmt keine Argumente; eine Protokoll-CSV kommt mit --revlog DATEI</translation>
    </message>
    <message>
        <source>the fit was stopped</source>
        <translation>die Anpassung wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Fitted FSRS-6 to %Ln answer(s) in %1 s.</source>
        <translation>
            <numerusform>FSRS-6 in %1 s an %Ln Antwort angepasst.</numerusform>
            <numerusform>FSRS-6 in %1 s an %Ln Antworten angepasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to tell whether a fit predicts better; the defaults stay in use.</source>
        <translation>Zu wenige Antworten mit einem Tag oder mehr Abstand, um zu sagen, ob eine Anpassung besser vorhersagt; die Standardwerte bleiben in Gebrauch.</translation>
    </message>
    <message numerus="yes">
        <source>On %Ln later answer(s) it was not fitted on:</source>
        <translation>
            <numerusform>An %Ln späteren Antwort, an die nicht angepasst wurde:</numerusform>
            <numerusform>An %Ln späteren Antworten, an die nicht angepasst wurde:</numerusform>
        </translation>
    </message>
    <message>
        <source>  log loss    fitted %1, defaults %2 (lower is better)</source>
        <translation>  Log-Loss    angepasst %1, Standard %2 (kleiner ist besser)</translation>
    </message>
    <message>
        <source>  RMSE (bins) fitted %1, defaults %2</source>
        <translation>  RMSE (Klassen) angepasst %1, Standard %2</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>Nichts wurde geändert (--dry-run).</translation>
    </message>
    <message>
        <source>The fitted parameters predict better and are now in use.</source>
        <translation>Die angepassten Parameter sagen besser vorher und sind jetzt in Gebrauch.</translation>
    </message>
    <message>
        <source>The defaults predict as well or better; they stay in use.</source>
        <translation>Die Standardwerte sagen ebenso gut oder besser vorher; sie bleiben in Gebrauch.</translation>
    </message>
    <message>
        <source>--parameters takes the 21 numbers of FSRS-6, w0 to w20, separated by commas</source>
        <translation>--parameters nimmt die 21 Zahlen von FSRS-6, w0 bis w20, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>--parameters: w%1 (&quot;%2&quot;) is not a number</source>
        <translation>--parameters: w%1 („%2“) ist keine Zahl</translation>
    </message>
    <message>
        <source>--parameters: w%1 = %2 is outside its legal range</source>
        <translation>--parameters: w%1 = %2 liegt außerhalb seines zulässigen Bereichs</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 3650</source>
        <translation>--days nimmt eine ganze Zahl von 1 bis 3650</translation>
    </message>
    <message>
        <source>--new-per-day takes a whole number from 0 to 9999</source>
        <translation>--new-per-day nimmt eine ganze Zahl von 0 bis 9999</translation>
    </message>
    <message>
        <source>the expected work per day if you study every day from today: your cards, your answer times, your settings unless given</source>
        <translation>die erwartete Arbeit pro Tag, wenn Sie ab heute täglich lernen: Ihre Karten, Ihre Antwortzeiten, Ihre Einstellungen, sofern nicht angegeben</translation>
    </message>
    <message>
        <source>simulate takes no arguments</source>
        <translation>simulate nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Date        Reviews  New  Minutes</source>
        <translation>Datum   Wiederholungen  Neu  Minuten</translation>
    </message>
    <message>
        <source>At %1% retention and %2 new a day: %3 minutes a day on average; about %4 of %5 studied concepts remembered after the last day.</source>
        <translation>Bei %1 % Behaltensrate und %2 neuen pro Tag: im Mittel %3 Minuten pro Tag; nach dem letzten Tag sind etwa %4 von %5 gelernten Konzepten behalten.</translation>
    </message>
    <message>
        <source>plan takes --interview DATE, such as 2026-12-15</source>
        <translation>plan nimmt --interview DATUM, etwa 2026-12-15</translation>
    </message>
    <message>
        <source>--interview %1 is not after today</source>
        <translation>--interview %1 liegt nicht nach heute</translation>
    </message>
    <message>
        <source>how ready you will be on an interview day (YYYY-MM-DD): predicted recall per topic, and the new concepts and minutes a day that get you ready</source>
        <translation>wie bereit Sie an einem Interviewtag (JJJJ-MM-TT) sein werden: vorhergesagtes Erinnern pro Thema, und die neuen Konzepte und Minuten pro Tag, die Sie bereit machen</translation>
    </message>
    <message>
        <source>plan takes no arguments; the day goes with --interview DATE</source>
        <translation>plan nimmt keine Argumente; der Tag kommt mit --interview DATUM</translation>
    </message>
    <message>
        <source>--topic &quot;%1&quot; names no topic; the topics are: %2</source>
        <translation>--topic „%1“ nennt kein Thema; die Themen sind: %2</translation>
    </message>
    <message>
        <source>At %1 new a day you reach %2 of %3 concepts by %4.</source>
        <translation>Mit %1 neuen pro Tag erreichen Sie bis %4 %2 von %3 Konzepten.</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 seen by then, recall %4%</source>
        <translation>  %1: %2 von %3 bis dahin gesehen, Erinnern %4 %</translation>
    </message>
    <message>
        <source>--interview %1 is more than two years ahead</source>
        <translation>--interview %1 liegt mehr als zwei Jahre voraus</translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to score a new fit; the last fit is kept.</source>
        <translation>Zu wenige Antworten mit einem Tag oder mehr Abstand, um eine neue Anpassung zu bewerten; die letzte Anpassung bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>Interview on %1, in %n day(s).</source>
        <translation>
            <numerusform>Interview am %1, in %n Tag.</numerusform>
            <numerusform>Interview am %1, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics that matter: %1</source>
        <translation>Wichtige Themen: %1</translation>
    </message>
    <message>
        <source>Your %1 new a day start every one of the %2 concepts a week before the day: about %3 minutes a day.</source>
        <translation>Ihre %1 neuen pro Tag beginnen jedes der %2 Konzepte eine Woche vor dem Tag: etwa %3 Minuten pro Tag.</translation>
    </message>
    <message>
        <source>Study Now starts %1 new a day instead of %2, so that every one starts a week before: about %3 minutes a day instead of %4.</source>
        <translation>„Jetzt lernen“ beginnt %1 neue pro Tag statt %2, damit jedes eine Woche vorher beginnt: etwa %3 Minuten pro Tag statt %4.</translation>
    </message>
    <message>
        <source>Predicted recall on the day, following Study Now: %1%.</source>
        <translation>Vorhergesagtes Erinnern am Tag, mit „Jetzt lernen“: %1 %.</translation>
    </message>
    <message>
        <source>a question&apos;s whiteboard sketch: components and connections</source>
        <translation>die Whiteboard-Skizze einer Frage: Komponenten und Verbindungen</translation>
    </message>
    <message>
        <source>the sketch as a picture</source>
        <translation>die Skizze als Bild</translation>
    </message>
    <message>
        <source>put a sketch in its JSON form (docs/sketch-format.md) on the whiteboard</source>
        <translation>eine Skizze in ihrer JSON-Form (docs/sketch-format.md) aufs Whiteboard legen</translation>
    </message>
    <message>
        <source>what a sketch has of the question&apos;s reference diagram: matched, missed, extra, coverage</source>
        <translation>was eine Skizze vom Referenzdiagramm der Frage enthält: getroffen, fehlend, zusätzlich, Abdeckung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sketch takes one question ID, and --json, --export FILE.svg|FILE.png or --set FILE.json</source>
        <translation>sketch erwartet eine Fragen-ID und --json, --export DATEI.svg|DATEI.png oder --set DATEI.json</translation>
    </message>
    <message>
        <source>no sketch of %1 yet; draw one on the whiteboard, or set one with --set FILE.json</source>
        <translation>noch keine Skizze zu %1; zeichnen Sie eine auf dem Whiteboard oder setzen Sie eine mit --set DATEI.json</translation>
    </message>
    <message>
        <source>--export takes a file name ending in .svg or .png</source>
        <translation>--export erwartet einen Dateinamen, der auf .svg oder .png endet</translation>
    </message>
    <message numerus="yes">
        <source>Sketch of %1, changed %2: %n component(s)</source>
        <translation>
            <numerusform>Skizze zu %1, geändert %2: %n Komponente</numerusform>
            <numerusform>Skizze zu %1, geändert %2: %n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>compare takes one question ID and --sketch FILE.json</source>
        <translation>compare erwartet eine Fragen-ID und --sketch DATEI.json</translation>
    </message>
    <message>
        <source>%1 has no reference architecture diagram to compare with; `sdstudy diagrams` lists them</source>
        <translation>%1 hat kein Referenz-Architekturdiagramm zum Vergleichen; `sdstudy diagrams` listet sie auf</translation>
    </message>
    <message>
        <source>a back-of-the-envelope problem with its worked answer; the same seed gives the same problem</source>
        <translation>eine Überschlagsaufgabe mit ausgearbeiteter Lösung; derselbe Seed ergibt dieselbe Aufgabe</translation>
    </message>
    <message>
        <source>whether an answer such as &quot;12 TB&quot; is accepted</source>
        <translation>ob eine Antwort wie „12 TB“ angenommen wird</translation>
    </message>
    <message>
        <source>%1: the sketch is empty; the sketch of %2 is left as it was</source>
        <translation>%1: die Skizze ist leer; die Skizze zu %2 bleibt, wie sie war</translation>
    </message>
    <message>
        <source>%1 against &quot;%2&quot;: %3 of %4 components, %5 of %6 connections, coverage %7%; suggests %8</source>
        <translation>%1 gegen „%2“: %3 von %4 Komponenten, %5 von %6 Verbindungen, Abdeckung %7 %; schlägt %8 vor</translation>
    </message>
    <message>
        <source> (by kind only)</source>
        <translation> (nur nach Art)</translation>
    </message>
    <message>
        <source>drill takes estimation or check</source>
        <translation>drill erwartet estimation oder check</translation>
    </message>
    <message>
        <source>--type takes one of %1</source>
        <translation>--type erwartet eines von %1</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 4294967295</translation>
    </message>
    <message>
        <source>%1 (seed %2)</source>
        <translation>%1 (Seed %2)</translation>
    </message>
    <message>
        <source>Answer: %1, accepted %2</source>
        <translation>Antwort: %1, angenommen %2</translation>
    </message>
    <message>
        <source>drill check takes --seed N (and --type, if the problem had one) and --answer TEXT</source>
        <translation>drill check erwartet --seed N (und --type, falls die Aufgabe einen hatte) und --answer TEXT</translation>
    </message>
    <message>
        <source>use: concept split ID, or: concept join ID OTHER</source>
        <translation>Aufruf: concept split ID oder: concept join ID ANDERE</translation>
    </message>
    <message>
        <source>%1 is a concept of its own now, with the schedule it had.</source>
        <translation>%1 ist jetzt ein eigenes Konzept, mit dem Zeitplan, den es hatte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are one concept now, with %n phrasing(s).</source>
        <translation>
            <numerusform>%1 und %2 sind jetzt ein Konzept, mit %n Formulierung.</numerusform>
            <numerusform>%1 und %2 sind jetzt ein Konzept, mit %n Formulierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>every concept with the questions that ask it</source>
        <translation>jedes Konzept mit den Fragen, die danach fragen</translation>
    </message>
    <message>
        <source>not the same question: take it out of its concept</source>
        <translation>nicht dieselbe Frage: aus ihrem Konzept herausnehmen</translation>
    </message>
    <message>
        <source>the same question: fold its concept and OTHER&apos;s into one</source>
        <translation>dieselbe Frage: ihr Konzept und das von ANDERE zu einem zusammenlegen</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Verwandt: %1</translation>
    </message>
</context>
<context>
    <name>ConceptChartModel</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown chart model &quot;%1&quot;; the models are %2</source>
        <translation>unbekanntes Diagrammmodell &quot;%1&quot;; die Modelle sind %2</translation>
    </message>
    <message>
        <source>Tail heaviness (sigma)</source>
        <translation>Schwere der Verteilungsflanke (Sigma)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Skew (Zipf s)</source>
        <translation>Schiefe (Zipf s)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Downtime (minutes, log scale)</source>
        <translation>Ausfallzeit (Minuten, logarithmisch)</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>%1%: %2 a year</source>
        <translation>%1 %: %2 im Jahr</translation>
    </message>
    <message>
        <source>Each nine cuts downtime tenfold: %1.</source>
        <translation>Jede Neun teilt die Ausfallzeit durch zehn: %1.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>% of requests per ms</source>
        <translation>% der Anfragen pro ms</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>p50 %1 ms</source>
        <translation>p50 %1 ms</translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation>p99 %1 ms</translation>
    </message>
    <message>
        <source>Half the requests take under %1 ms, but one in a hundred takes over %2 ms: %3 times the median. A page that makes 100 calls almost always waits for a p99.</source>
        <translation>Die Hälfte der Anfragen braucht unter %1 ms, aber eine von hundert über %2 ms: das %3-Fache des Medians. Eine Seite mit 100 Aufrufen wartet fast immer auf ein p99.</translation>
    </message>
    <message>
        <source>Time since the failure (ms)</source>
        <translation>Zeit seit dem Ausfall (ms)</translation>
    </message>
    <message>
        <source>Retries per %1 ms</source>
        <translation>Wiederholversuche pro %1 ms</translation>
    </message>
    <message>
        <source>without jitter</source>
        <translation>ohne Jitter</translation>
    </message>
    <message>
        <source>with jitter</source>
        <translation>mit Jitter</translation>
    </message>
    <message>
        <source>%1 clients that failed at once retry at 100, 300, 700 ms ... Without jitter every retry lands together (peaks of %2); with %3% jitter the peak is %4.</source>
        <translation>%1 Clients, die gleichzeitig scheiterten, versuchen es nach 100, 300, 700 ms ... erneut. Ohne Jitter treffen alle Versuche zusammen ein (Spitzen von %2); mit %3 % Jitter liegt die Spitze bei %4.</translation>
    </message>
    <message>
        <source>Cache size (% of items)</source>
        <translation>Cachegröße (% der Einträge)</translation>
    </message>
    <message>
        <source>Hit ratio (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <source>Zipf s = %1</source>
        <translation>Zipf s = %1</translation>
    </message>
    <message>
        <source>uniform (no skew)</source>
        <translation>gleichverteilt (keine Schiefe)</translation>
    </message>
    <message>
        <source>10% cached: %1% hits</source>
        <translation>10 % im Cache: %1 % Treffer</translation>
    </message>
    <message>
        <source>With skew %1, caching the most popular 10% of %2 items serves %3% of requests; without skew it serves 10%.</source>
        <translation>Bei Schiefe %1 bedienen die beliebtesten 10 % von %2 Einträgen im Cache %3 % der Anfragen; ohne Schiefe sind es 10 %.</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <source>Time in the system (ms)</source>
        <translation>Zeit im System (ms)</translation>
    </message>
    <message>
        <source>queueing + service</source>
        <translation>Warten + Bedienen</translation>
    </message>
    <message>
        <source>%1%: %2 ms</source>
        <translation>%1%: %2 ms</translation>
    </message>
    <message>
        <source>A %1 ms request on a server %2% busy takes %3 ms on average; at 50% it takes %4 ms, at 90% %5 ms. Latency climbs steeply past about 80%: keep headroom.</source>
        <translation>Eine Anfrage von %1 ms dauert auf einem zu %2 % ausgelasteten Server im Mittel %3 ms; bei 50 % sind es %4 ms, bei 90 % %5 ms. Ab etwa 80 % steigt die Latenz steil: Reserve lassen.</translation>
    </message>
</context>
<context>
    <name>ConceptOverrides</name>
    <message>
        <source>there is no question %1</source>
        <translation>es gibt keine Frage %1</translation>
    </message>
    <message>
        <source>%1 is a concept of its own already</source>
        <translation>%1 ist bereits ein eigenes Konzept</translation>
    </message>
    <message>
        <source>%1 and %2 are one concept already</source>
        <translation>%1 und %2 sind bereits ein Konzept</translation>
    </message>
</context>
<context>
    <name>CsvBank</name>
    <message numerus="yes">
        <source>%n column(s) where %1 are needed; left out</source>
        <translation>
            <numerusform>%n Spalte, wo %1 nötig sind; ausgelassen</numerusform>
            <numerusform>%n Spalten, wo %1 nötig sind; ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>a row with no question; left out</source>
        <translation>eine Zeile ohne Frage; ausgelassen</translation>
    </message>
    <message>
        <source>“%1” has no answer; left out</source>
        <translation>„%1“ hat keine Antwort; ausgelassen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>no column holds the questions; choose one</source>
        <translation>keine Spalte enthält die Fragen; wählen Sie eine</translation>
    </message>
    <message>
        <source>no column holds the answers; choose one</source>
        <translation>keine Spalte enthält die Antworten; wählen Sie eine</translation>
    </message>
    <message>
        <source>the questions and the answers are in one column; choose two</source>
        <translation>Fragen und Antworten stehen in einer Spalte; wählen Sie zwei</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this is not a study database (not an SQLite file, or a damaged one)</source>
        <translation>%1: das ist keine Lerndatenbank (keine SQLite-Datei, oder eine beschädigte)</translation>
    </message>
    <message>
        <source>the file was written by a newer version of the app (schema %1, this version reads up to %2)</source>
        <translation>die Datei stammt von einer neueren Version der App (Schema %1, diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation>die Umstellung auf Schema %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: the file is at schema %2, this version of the app reads schema %3</source>
        <translation>%1: die Datei hat Schema %2, diese Version der App liest Schema %3</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>it has tables, but not those of a study database</source>
        <translation>die Datei hat Tabellen, aber nicht die einer Lerndatenbank</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is another program&apos;s SQLite database</source>
        <translation>die Datei ist die SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program: %2</source>
        <translation>%1 ist von einem anderen Programm gesperrt: %2</translation>
    </message>
    <message>
        <source>%1 is not a study database (%2). It was left as it is. Start without --db to use your usual database, or name a study database or a new file with --db.</source>
        <translation>%1 ist keine Lerndatenbank (%2). Sie wurde gelassen, wie sie ist. Starten Sie ohne --db, um Ihre gewohnte Datenbank zu nutzen, oder nennen Sie mit --db eine Lerndatenbank oder eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>%1: could not write the picture</source>
        <translation>%1: das Bild ließ sich nicht schreiben</translation>
    </message>
    <message>
        <source>A diagram from System Design Study</source>
        <translation>Ein Diagramm aus System Design Study</translation>
    </message>
    <message>
        <source>%1: not enough memory for a picture this large</source>
        <translation>%1: nicht genug Speicher für ein so großes Bild</translation>
    </message>
</context>
<context>
    <name>DiagramFile</name>
    <message>
        <source>%1: names no questions (sdstudy_questions)</source>
        <translation>%1: nennt keine Fragen (sdstudy_questions)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a stable question id such as q-31248e417639</source>
        <translation>%1: &quot;%2&quot; ist keine feste Fragen-ID wie q-31248e417639</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>%1:1: a JSON diagram has &quot;kind&quot;: &quot;chart&quot;</source>
        <translation>%1:1: ein JSON-Diagramm hat &quot;kind&quot;: &quot;chart&quot;</translation>
    </message>
    <message>
        <source>%1:1: no &quot;title&quot;</source>
        <translation>%1:1: kein &quot;title&quot;</translation>
    </message>
    <message>
        <source>%1: a diagram is a .dot or a .json file</source>
        <translation>%1: ein Diagramm ist eine .dot- oder .json-Datei</translation>
    </message>
    <message>
        <source>%1:1: no sdstudy_title</source>
        <translation>%1:1: kein sdstudy_title</translation>
    </message>
    <message>
        <source>%1:%2: sdstudy_kind is architecture or concept</source>
        <translation>%1:%2: sdstudy_kind ist architecture oder concept</translation>
    </message>
</context>
<context>
    <name>DiagramLayout</name>
    <message>
        <source>node &quot;%1&quot; is in two clusters, &quot;%2&quot; and &quot;%3&quot;; a node belongs to one</source>
        <translation>Knoten &quot;%1&quot; steht in zwei Gruppen, &quot;%2&quot; und &quot;%3&quot;; ein Knoten gehört zu einer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a DOT graph</source>
        <translation>kein DOT-Graph</translation>
    </message>
    <message>
        <source>%1.dot: Graphviz could not lay it out with &quot;%2&quot;: %3</source>
        <translation>%1.dot: Graphviz konnte ihn mit &quot;%2&quot; nicht anordnen: %3</translation>
    </message>
</context>
<context>
    <name>DiagramPainter</name>
    <message>
        <source>read path</source>
        <translation>Lesepfad</translation>
    </message>
    <message>
        <source>write path</source>
        <translation>Schreibpfad</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Open the question on %1</source>
        <translation>Die Frage zu %1 öffnen</translation>
    </message>
</context>
<context>
    <name>EstimationDrill</name>
    <message>
        <source>an L1 cache reference</source>
        <translation>ein Zugriff auf den L1-Cache</translation>
    </message>
    <message>
        <source>a branch mispredict</source>
        <translation>eine falsch vorhergesagte Verzweigung</translation>
    </message>
    <message>
        <source>an L2 cache reference</source>
        <translation>ein Zugriff auf den L2-Cache</translation>
    </message>
    <message>
        <source>a mutex lock and unlock</source>
        <translation>ein Mutex sperren und freigeben</translation>
    </message>
    <message>
        <source>a main memory reference</source>
        <translation>ein Zugriff auf den Hauptspeicher</translation>
    </message>
    <message>
        <source>compressing 1 KB with a fast compressor (Snappy)</source>
        <translation>1 KB mit einem schnellen Kompressor (Snappy) komprimieren</translation>
    </message>
    <message>
        <source>sending 1 KB over a 1 Gbit/s network</source>
        <translation>1 KB über ein 1-Gbit/s-Netz senden</translation>
    </message>
    <message>
        <source>a random 4 KB read from an SSD</source>
        <translation>ein zufälliger 4-KB-Lesezugriff auf eine SSD</translation>
    </message>
    <message>
        <source>reading 1 MB sequentially from memory</source>
        <translation>1 MB sequenziell aus dem Speicher lesen</translation>
    </message>
    <message>
        <source>a round trip within one datacenter</source>
        <translation>ein Hin und Zurück innerhalb eines Rechenzentrums</translation>
    </message>
    <message>
        <source>reading 1 MB sequentially from an SSD</source>
        <translation>1 MB sequenziell von einer SSD lesen</translation>
    </message>
    <message>
        <source>a disk seek</source>
        <translation>eine Kopfbewegung der Festplatte</translation>
    </message>
    <message>
        <source>reading 1 MB sequentially from a spinning disk</source>
        <translation>1 MB sequenziell von einer Festplatte lesen</translation>
    </message>
    <message>
        <source>a packet&apos;s round trip from California to the Netherlands and back</source>
        <translation>ein Paket von Kalifornien in die Niederlande und zurück</translation>
    </message>
    <message>
        <source>%L1 billion</source>
        <translation>%L1 Milliarden</translation>
    </message>
    <message>
        <source>%L1 million</source>
        <translation>%L1 Millionen</translation>
    </message>
    <message>
        <source>within 25% either way</source>
        <translation>mit 25 % Abweichung in beide Richtungen</translation>
    </message>
    <message>
        <source>within %L1× either way</source>
        <translation>bis zum %L1-Fachen in beide Richtungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 daily active users each make %2 requests a day, and the busiest hour carries %3 times the average load. What peak rate of requests must the system handle?</source>
        <translation>%1 täglich aktive Nutzer stellen je %2 Anfragen am Tag, und die geschäftigste Stunde trägt das %3-Fache der mittleren Last. Welche Spitzenrate an Anfragen muss das System bewältigen?</translation>
    </message>
    <message>
        <source>%1 daily active users each make %2 requests a day. What is the average number of requests per second?</source>
        <translation>%1 täglich aktive Nutzer stellen je %2 Anfragen am Tag. Wie viele Anfragen pro Sekunde sind das im Mittel?</translation>
    </message>
    <message>
        <source>Requests a day: %1 × %2 = %3</source>
        <translation>Anfragen am Tag: %1 × %2 = %3</translation>
    </message>
    <message>
        <source>A day has 86,400 seconds: 8.64 × 10⁴, about 10⁵</source>
        <translation>Ein Tag hat 86.400 Sekunden: 8,64 × 10⁴, etwa 10⁵</translation>
    </message>
    <message>
        <source>At peak: %1 × %2 ≈ %3</source>
        <translation>In der Spitze: %1 × %2 ≈ %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 new items are stored each day, %2 each. How much storage do %n year(s) take, with %3 copies of everything?</source>
        <translation>
            <numerusform>Jeden Tag werden %1 neue Einträge gespeichert, je %2. Wie viel Speicher braucht %n Jahr, mit %3 Kopien von allem?</numerusform>
            <numerusform>Jeden Tag werden %1 neue Einträge gespeichert, je %2. Wie viel Speicher brauchen %n Jahre, mit %3 Kopien von allem?</numerusform>
        </translation>
    </message>
    <message>
        <source>A day: %1 × %2 B = %3 B</source>
        <translation>Ein Tag: %1 × %2 B = %3 B</translation>
    </message>
    <message>
        <source>A year: %1 × 365 ≈ %2 B (%3)</source>
        <translation>Ein Jahr: %1 × 365 ≈ %2 B (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s): %1 B</source>
        <translation>
            <numerusform>%n Jahr: %1 B</numerusform>
            <numerusform>%n Jahre: %1 B</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 copies: %2 B = %3</source>
        <translation>Mit %1 Kopien: %2 B = %3</translation>
    </message>
    <message>
        <source>At peak the service answers %1 requests per second, each response %2. What outgoing bandwidth does it need?</source>
        <translation>In der Spitze beantwortet der Dienst %1 Anfragen pro Sekunde, jede Antwort %2. Welche ausgehende Bandbreite braucht er?</translation>
    </message>
    <message>
        <source>Bytes per second: %1 × %2 B = %3 B/s</source>
        <translation>Bytes pro Sekunde: %1 × %2 B = %3 B/s</translation>
    </message>
    <message>
        <source>In bits: × 8 = %1 bit/s</source>
        <translation>In Bit: × 8 = %1 bit/s</translation>
    </message>
    <message>
        <source>There are %1 items of %2 each, and %3% of the items get %4% of the reads. How much cache memory holds the hot items, for a hit ratio of about %4%?</source>
        <translation>Es gibt %1 Einträge zu je %2, und %3 % der Einträge bekommen %4 % der Lesezugriffe. Wie viel Cache-Speicher fasst die heißen Einträge, für eine Trefferquote von etwa %4 %?</translation>
    </message>
    <message>
        <source>All the data: %1 × %2 B = %3 B</source>
        <translation>Alle Daten: %1 × %2 B = %3 B</translation>
    </message>
    <message>
        <source>The hot %1%: %2 × %3 = %4 B (%5)</source>
        <translation>Die heißen %1 %: %2 × %3 = %4 B (%5)</translation>
    </message>
    <message>
        <source>At peak %1 requests arrive per second, and one server handles %2 per second. How many servers keep each one at most %3% busy?</source>
        <translation>In der Spitze kommen %1 Anfragen pro Sekunde, und ein Server bewältigt %2 pro Sekunde. Wie viele Server halten jeden höchstens zu %3 % ausgelastet?</translation>
    </message>
    <message>
        <source>Each server takes %1 × %2 = %3 per second</source>
        <translation>Jeder Server nimmt %1 × %2 = %3 pro Sekunde</translation>
    </message>
    <message>
        <source>Servers: %1 ÷ %2 ≈ %3, rounded up: %4</source>
        <translation>Server: %1 ÷ %2 ≈ %3, aufgerundet: %4</translation>
    </message>
    <message>
        <source>A database holds %1. Each shard&apos;s machine has %2 of disk and is kept at most %3% full. How many shards does it take?</source>
        <translation>Eine Datenbank hält %1. Die Maschine jedes Shards hat %2 Platte und wird höchstens zu %3 % gefüllt. Wie viele Shards braucht es?</translation>
    </message>
    <message>
        <source>Each shard holds %1 × %2 = %3</source>
        <translation>Jeder Shard hält %1 × %2 = %3</translation>
    </message>
    <message>
        <source>Shards: %1 ÷ %2 = %3, rounded up: %4</source>
        <translation>Shards: %1 ÷ %2 = %3, aufgerundet: %4</translation>
    </message>
    <message>
        <source>A Kafka topic must take %1 MB/s. One partition takes %2 MB/s from producers, and one consumer processes %3 MB/s. How many partitions does the topic need?</source>
        <translation>Ein Kafka-Topic muss %1 MB/s aufnehmen. Eine Partition nimmt %2 MB/s von Producern auf, und ein Consumer verarbeitet %3 MB/s. Wie viele Partitionen braucht das Topic?</translation>
    </message>
    <message>
        <source>For the producers: %1 ÷ %2 = %3</source>
        <translation>Für die Producer: %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>For the consumers (one consumer per partition at most): %1 ÷ %2 = %3</source>
        <translation>Für die Consumer (höchstens ein Consumer pro Partition): %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>The larger, rounded up: %1</source>
        <translation>Das Größere, aufgerundet: %1</translation>
    </message>
    <message>
        <source>About how long does %1 take?</source>
        <translation>Wie lange dauert etwa %1?</translation>
    </message>
    <message>
        <source>%1: about %2 (%3 s)</source>
        <translation>%1: etwa %2 (%3 s)</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Peak load</source>
        <translation>Spitzenlast</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Cache memory</source>
        <translation>Cache-Speicher</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Kafka partitions</source>
        <translation>Kafka-Partitionen</translation>
    </message>
    <message>
        <source>Latency numbers</source>
        <translation>Latenzzahlen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <source>write a number and a unit, such as 12 TB</source>
        <translation>schreiben Sie eine Zahl und eine Einheit, etwa 12 TB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a number</source>
        <translation>„%1“ beginnt nicht mit einer Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate; write requests per second, such as 12000 or 12k req/s</source>
        <translation>„%1“ ist keine Rate; schreiben Sie Anfragen pro Sekunde, etwa 12000 oder 12k req/s</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something counted; write a number, such as 34</source>
        <translation>„%1“ ist nichts Gezähltes; schreiben Sie eine Zahl, etwa 34</translation>
    </message>
    <message>
        <source>give a unit, such as GB or TB</source>
        <translation>geben Sie eine Einheit an, etwa GB oder TB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size; write B, KB, MB, GB, TB or PB</source>
        <translation>„%1“ ist keine Größe; schreiben Sie B, KB, MB, GB, TB oder PB</translation>
    </message>
    <message>
        <source>give a unit, such as MB/s or Gbps</source>
        <translation>geben Sie eine Einheit an, etwa MB/s oder Gbps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bandwidth; write MB/s, GB/s or Gbps</source>
        <translation>„%1“ ist keine Bandbreite; schreiben Sie MB/s, GB/s oder Gbps</translation>
    </message>
    <message>
        <source>give a unit, such as ns, µs or ms</source>
        <translation>geben Sie eine Einheit an, etwa ns, µs oder ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write ns, µs, ms or s</source>
        <translation>„%1“ ist keine Zeit; schreiben Sie ns, µs, ms oder s</translation>
    </message>
    <message>
        <source>the answer must be more than zero</source>
        <translation>die Antwort muss größer als null sein</translation>
    </message>
    <message>
        <source>Right: %1 is %2 of %3.</source>
        <translation>Richtig: %1 liegt %2 bei %3.</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <source>within about 3× either way (the same order of magnitude)</source>
        <translation>bis etwa zum 3-Fachen in beide Richtungen (dieselbe Größenordnung)</translation>
    </message>
    <message>
        <source>Average per second: %1 ÷ (8.64 × 10⁴) ≈ %2</source>
        <translation>Mittel pro Sekunde: %1 ÷ (8,64 × 10⁴) ≈ %2</translation>
    </message>
    <message>
        <source>Too high: %1 is %2 times %3.</source>
        <translation>Zu hoch: %1 ist das %2-Fache von %3.</translation>
    </message>
    <message>
        <source>Too low: %1 is 1/%2 of %3.</source>
        <translation>Zu niedrig: %1 ist 1/%2 von %3.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Review later</source>
        <translation>Später wiederholen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
</context>
<context>
    <name>FsrsHistory</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;; a review log needs %2</source>
        <translation>die Kopfzeile hat keine Spalte „%1“; ein Antwortprotokoll braucht %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fields where the header has %1</source>
        <translation>
            <numerusform>%n Feld, wo die Kopfzeile %1 hat</numerusform>
            <numerusform>%n Felder, wo die Kopfzeile %1 hat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>review_time %1 is not a time in milliseconds since 1970</source>
        <translation>review_time %1 ist keine Zeit in Millisekunden seit 1970</translation>
    </message>
    <message>
        <source>%1 is empty; a review log starts with the header %2</source>
        <translation>%1 ist leer; ein Antwortprotokoll beginnt mit der Kopfzeile %2</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message>
        <source>review_rating %1 is not 1 (again) to 4 (easy), or 0 (rescheduled)</source>
        <translation>review_rating %1 ist nicht 1 (nochmal) bis 4 (leicht) oder 0 (neu geplant)</translation>
    </message>
    <message>
        <source>review_state %1 is not 0 (new), 1 (learning), 2 (review), 3 (relearning), 4 (filtered) or 5 (manual)</source>
        <translation>review_state %1 ist nicht 0 (neu), 1 (lernen), 2 (wiederholen), 3 (neu lernen), 4 (gefiltert) oder 5 (manuell)</translation>
    </message>
</context>
<context>
    <name>FsrsScheduler</name>
    <message>
        <source>state %1 is not one of 0 (new), 1 (learning), 2 (review), 3 (relearning)</source>
        <translation>Zustand %1 ist keiner von 0 (neu), 1 (lernen), 2 (wiederholen), 3 (neu lernen)</translation>
    </message>
    <message>
        <source>stability %1 is outside %2..%3</source>
        <translation>Stabilität %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>difficulty %1 is outside 1..10</source>
        <translation>Schwierigkeit %1 liegt außerhalb von 1..10</translation>
    </message>
    <message>
        <source>a negative count (learning_step, reps, lapses or scheduled_days)</source>
        <translation>eine negative Zahl (learning_step, reps, lapses oder scheduled_days)</translation>
    </message>
    <message>
        <source>it has no valid due time</source>
        <translation>es fehlt eine gültige Fälligkeit</translation>
    </message>
    <message>
        <source>it was studied but has no valid last review time</source>
        <translation>sie wurde gelernt, hat aber keine gültige letzte Wiederholung</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1: the file is larger than %2; nothing was read</source>
        <translation>%1: die Datei ist größer als %2; nichts wurde gelesen</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
</context>
<context>
    <name>MarkdownBank</name>
    <message>
        <source>a question with no words; left out</source>
        <translation>eine Frage ohne Worte; ausgelassen</translation>
    </message>
    <message>
        <source>“%1” has no answer; left out</source>
        <translation>„%1“ hat keine Antwort; ausgelassen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>a table of contents; left out</source>
        <translation>ein Inhaltsverzeichnis; ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>the introduction under the title is left out (%n line(s))</source>
        <translation>
            <numerusform>die Einleitung unter dem Titel wird ausgelassen (%n Zeile)</numerusform>
            <numerusform>die Einleitung unter dem Titel wird ausgelassen (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a question; its text is left out (%n line(s))</source>
        <translation>
            <numerusform>„%1“ ist keine Frage; ihr Text wird ausgelassen (%n Zeile)</numerusform>
            <numerusform>„%1“ ist keine Frage; ihr Text wird ausgelassen (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text before the first heading is not a question; left out (%n line(s))</source>
        <translation>
            <numerusform>der Text vor der ersten Überschrift ist keine Frage; ausgelassen (%n Zeile)</numerusform>
            <numerusform>der Text vor der ersten Überschrift ist keine Frage; ausgelassen (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MockAttemptStore</name>
    <message>
        <source>a scratch pad can hold up to %1 characters; this one has %2</source>
        <translation>ein Notizblock fasst bis zu %1 Zeichen; dieser hat %2</translation>
    </message>
    <message>
        <source>the attempt is no longer in the database</source>
        <translation>der Versuch ist nicht mehr in der Datenbank</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>a note can hold up to %1 characters; this one has %2</source>
        <translation>eine Notiz fasst bis zu %1 Zeichen; diese hat %2</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Exported from System Design Study on %1.</source>
        <translation>Aus System Design Study exportiert am %1.</translation>
    </message>
    <message>
        <source>Questions no longer in a bank</source>
        <translation>Fragen, die in keiner Sammlung mehr stehen</translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
</context>
<context>
    <name>ProgressFile</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: not a System Design Study progress file</source>
        <translation>%1: keine Fortschrittsdatei von System Design Study</translation>
    </message>
    <message>
        <source>%1: made by a newer version of the app (format %2)</source>
        <translation>%1: von einer neueren Version der App erstellt (Format %2)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in ISO 8601 (%2)</source>
        <translation>&quot;%1&quot; ist keine Zeit in ISO 8601 (%2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>no flag is called &quot;%1&quot;</source>
        <translation>keine Markierung heißt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;deleted&quot; must be true or false</source>
        <translation>&quot;deleted&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>the note has more than %1 characters</source>
        <translation>die Notiz hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>stability or difficulty is outside its range</source>
        <translation>Stabilität oder Schwierigkeit liegt außerhalb ihres Bereichs</translation>
    </message>
    <message>
        <source>&quot;card_before&quot; is not a card</source>
        <translation>&quot;card_before&quot; ist keine Karte</translation>
    </message>
    <message>
        <source>%1: the file is larger than a progress file can be (%2 MB)</source>
        <translation>%1: die Datei ist größer, als eine Fortschrittsdatei sein kann (%2 MB)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the picture is larger than a note&apos;s picture can be</source>
        <translation>das Bild ist größer, als ein Bild in einer Notiz sein darf</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not Base64</source>
        <translation>&quot;data&quot; ist kein Base64</translation>
    </message>
    <message>
        <source>the picture&apos;s bytes do not match its id</source>
        <translation>die Bytes des Bildes passen nicht zu seiner ID</translation>
    </message>
    <message>
        <source>only PNG and JPEG pictures can be kept in a note</source>
        <translation>nur PNG- und JPEG-Bilder können in einer Notiz aufbewahrt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) deleted, as the file says they were deleted after your last change here.</source>
        <translation>
            <numerusform>%n Notiz gelöscht, da die Datei sagt, dass sie nach Ihrer letzten Änderung hier gelöscht wurde.</numerusform>
            <numerusform>%n Notizen gelöscht, da die Datei sagt, dass sie nach Ihrer letzten Änderung hier gelöscht wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without text skipped: an empty note in the file never deletes yours.</source>
        <translation>
            <numerusform>%n Notiz ohne Text übersprungen: eine leere Notiz in der Datei löscht Ihre nie.</numerusform>
            <numerusform>%n Notizen ohne Text übersprungen: eine leere Notiz in der Datei löscht Ihre nie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) carried a date in the future (a clock that was wrong). They were added only where you had nothing yet, and never replaced what you have.</source>
        <translation>
            <numerusform>%n Eintrag trug ein Datum in der Zukunft (eine falsch gehende Uhr). Er wurde nur hinzugefügt, wo Sie noch nichts hatten, und hat nichts von Ihnen ersetzt.</numerusform>
            <numerusform>%n Einträge trugen ein Datum in der Zukunft (eine falsch gehende Uhr). Sie wurden nur hinzugefügt, wo Sie noch nichts hatten, und haben nichts von Ihnen ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;stages&quot; must be a list of stage numbers</source>
        <translation>„stages“ muss eine Liste von Etappennummern sein</translation>
    </message>
    <message>
        <source>&quot;stages&quot; must hold stage numbers from 0 to %1, each once</source>
        <translation>„stages“ muss Etappennummern von 0 bis %1 enthalten, jede einmal</translation>
    </message>
    <message>
        <source>the scratch pad has more than %1 characters</source>
        <translation>der Notizblock hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;sketch&quot; is not a sketch: %1</source>
        <translation>„sketch“ ist keine Skizze: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;accepted&quot; must be true or false</source>
        <translation>„accepted“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of drill</source>
        <translation>„%1“ ist keine Übungsart</translation>
    </message>
    <message>
        <source>the answer has more than %1 characters</source>
        <translation>die Antwort hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;ratio&quot; must not be negative</source>
        <translation>„ratio“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>a question cannot be the same as itself</source>
        <translation>eine Frage kann nicht dieselbe wie sie selbst sein</translation>
    </message>
</context>
<context>
    <name>QuizEngine</name>
    <message>
        <source>Requirements: functional and non-functional</source>
        <translation>Anforderungen: funktionale und nichtfunktionale</translation>
    </message>
    <message>
        <source>Estimates: users, requests, storage, bandwidth</source>
        <translation>Schätzungen: Nutzer, Anfragen, Speicher, Bandbreite</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>Grobentwurf</translation>
    </message>
    <message>
        <source>Scaling: bottlenecks, sharding, caching</source>
        <translation>Skalierung: Engpässe, Sharding, Caching</translation>
    </message>
    <message>
        <source>Trade-offs and what you would do next</source>
        <translation>Abwägungen und was Sie als Nächstes täten</translation>
    </message>
</context>
<context>
    <name>QuizScope</name>
    <message>
        <source>no flag is called &quot;%1&quot;</source>
        <translation>keine Markierung heißt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>topic: needs a topic name, as `sdstudy topics` lists them</source>
        <translation>topic: braucht einen Themennamen, wie `sdstudy topics` sie auflistet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; use study-now, all, due, new, weak, misses, bookmarked, flag:NAME or topic:NAME</source>
        <translation>&quot;%1&quot; ist kein Umfang; möglich sind study-now, all, due, new, weak, misses, bookmarked, flag:NAME oder topic:NAME</translation>
    </message>
    <message>
        <source>Due questions, then today&apos;s new ones</source>
        <translation>Fällige Fragen, dann die neuen von heute</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>Die ganze Sammlung</translation>
    </message>
    <message>
        <source>Bookmarked questions</source>
        <translation>Fragen mit Lesezeichen</translation>
    </message>
    <message>
        <source>Flagged %1</source>
        <translation>Markiert als %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Never studied</source>
        <translation>Nie gelernt</translation>
    </message>
    <message>
        <source>Weak: forgotten twice or more</source>
        <translation>Schwach: zweimal oder öfter vergessen</translation>
    </message>
    <message>
        <source>Missed in the last session</source>
        <translation>In der letzten Sitzung verpasst</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n question(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Frage · %2</numerusform>
            <numerusform>%1 · %n Fragen · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>with answers</source>
        <translation>mit Antworten</translation>
    </message>
    <message>
        <source>questions only</source>
        <translation>nur Fragen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Meine Notiz:</translation>
    </message>
    <message>
        <source>System Design Study · %1</source>
        <translation>System Design Study · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>My sketch:</source>
        <translation>Meine Skizze:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Verwandt:</translation>
    </message>
</context>
<context>
    <name>SheetRequest</name>
    <message>
        <source>unknown flag &quot;%1&quot;</source>
        <translation>unbekannte Markierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no topic matches &quot;%1&quot;</source>
        <translation>kein Thema passt zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flagged %1</source>
        <translation>markiert als %1</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>missed in the last session</source>
        <translation>in der letzten Sitzung verpasst</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
</context>
<context>
    <name>Sketch</name>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>%1.%2: not a text</source>
        <translation>%1.%2: kein Text</translation>
    </message>
    <message>
        <source>%1.%2: longer than %3 characters</source>
        <translation>%1.%2: länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1.%2: not a number from %3 to %4</source>
        <translation>%1.%2: keine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>%1: not a list</source>
        <translation>%1: keine Liste</translation>
    </message>
    <message>
        <source>%1: more than %2 items; a sketch holds at most %2</source>
        <translation>%1: mehr als %2 Einträge; eine Skizze fasst höchstens %2</translation>
    </message>
    <message>
        <source>larger than a sketch can be (%1 MB)</source>
        <translation>größer, als eine Skizze sein kann (%1 MB)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a System Design Study sketch (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Skizze von System Design Study (ihr „format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>version %1 of the sketch format is not one this app reads (it reads 1 to %2)</source>
        <translation>Version %1 des Skizzenformats kann diese App nicht lesen (sie liest 1 bis %2)</translation>
    </message>
    <message>
        <source>%1.id: empty</source>
        <translation>%1.id: leer</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of %3</source>
        <translation>%1.kind: „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>%1: no component &quot;%2&quot;</source>
        <translation>%1: keine Komponente „%2“</translation>
    </message>
    <message>
        <source>%1: connects &quot;%2&quot; to itself</source>
        <translation>%1: verbindet „%2“ mit sich selbst</translation>
    </message>
    <message>
        <source>%1.path: &quot;%2&quot; is not read, write or async</source>
        <translation>%1.path: „%2“ ist nicht read, write oder async</translation>
    </message>
    <message>
        <source>%1.%2: holds a control character</source>
        <translation>%1.%2: enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>SketchKinds</name>
    <message>
        <source>sketch-kinds.json: no &quot;kinds&quot; list</source>
        <translation>sketch-kinds.json: keine Liste „kinds“</translation>
    </message>
    <message>
        <source>sketch-kinds.json: a kind without a name or role, or named twice: &quot;%1&quot;</source>
        <translation>sketch-kinds.json: eine Art ohne Namen oder Rolle oder doppelt benannt: „%1“</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>DNS / CDN</source>
        <translation>DNS / CDN</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API-Gateway</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Object store</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Queue / stream</source>
        <translation>Queue / Stream</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>Externer Dienst</translation>
    </message>
</context>
<context>
    <name>SketchStore</name>
    <message>
        <source>the sketch of %1 in the database does not read: %2</source>
        <translation>die Skizze zu %1 in der Datenbank ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>StudyLibrary</name>
    <message>
        <source>%1 is open in another System Design Study (process %2). Close that one first, or use it.</source>
        <translation>%1 ist in einem anderen System Design Study offen (Prozess %2). Schließen Sie jenes zuerst oder arbeiten Sie dort.</translation>
    </message>
    <message>
        <source>%1 is being opened by another System Design Study right now. Try again in a moment.</source>
        <translation>%1 wird gerade von einem anderen System Design Study geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The study database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Die Lerndatenbank %1 ist beschädigt (%2) und ließ sich nicht beiseitelegen.</translation>
    </message>
    <message>
        <source>The study database was damaged (%1). It was moved to %2 and the backup of %3 was restored: changes made after that backup are only in the damaged file.</source>
        <translation>Die Lerndatenbank war beschädigt (%1). Sie wurde nach %2 verschoben und die Sicherung vom %3 zurückgespielt: Änderungen nach dieser Sicherung stehen nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is taken by the bundled bank; rename the file</source>
        <translation>%1: der Name &quot;%2&quot; gehört der mitgelieferten Sammlung; benennen Sie die Datei um</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 lässt sich nicht zurückspielen: %2</translation>
    </message>
    <message>
        <source>%1 is open in another System Design Study (process %2). Close it before restoring.</source>
        <translation>%1 ist in einem anderen System Design Study offen (Prozess %2). Schließen Sie es vor dem Zurückspielen.</translation>
    </message>
    <message>
        <source>%1: cannot move the current database aside</source>
        <translation>%1: die jetzige Datenbank lässt sich nicht beiseitelegen</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into place</source>
        <translation>%1: %2 lässt sich nicht an seinen Platz kopieren</translation>
    </message>
    <message>
        <source>The study database was damaged (%1) and there is no good backup of it. It was moved to %2 and a new database was started; your earlier bookmarks and notes are in the damaged file.</source>
        <translation>Die Lerndatenbank war beschädigt (%1), und es gibt keine gute Sicherung von ihr. Sie wurde nach %2 verschoben und eine neue Datenbank angelegt; Ihre früheren Lesezeichen und Notizen sind in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>%1 needs setting up for this version of the app, and another System Design Study (process %2) has it open. Close that one first.</source>
        <translation>%1 muss für diese Version der App eingerichtet werden, und ein anderes System Design Study (Prozess %2) hat sie geöffnet. Schließen Sie jenes zuerst.</translation>
    </message>
    <message>
        <source>a bank “%1” was imported since; the removed one was not brought back</source>
        <translation>inzwischen wurde eine Sammlung „%1“ importiert; die entfernte wurde nicht zurückgeholt</translation>
    </message>
    <message>
        <source>the removed bank&apos;s text was not kept</source>
        <translation>der Text der entfernten Sammlung wurde nicht aufbewahrt</translation>
    </message>
</context>
<context>
    <name>TopicRules</name>
    <message>
        <source>pattern &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>das Muster &quot;%1&quot; ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
    <message>
        <source>no topics defined</source>
        <translation>keine Themen festgelegt</translation>
    </message>
    <message>
        <source>the catch-all names the unknown topic &quot;%1&quot;</source>
        <translation>die Auffangregel nennt das unbekannte Thema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rule names &quot;%1 / %2&quot;, which is not in the topic list</source>
        <translation>eine Regel nennt &quot;%1 / %2&quot;, das nicht in der Themenliste steht</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Clear Bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Flag as %1</source>
        <translation>Markieren als %1</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>The note was changed since; it was kept, not deleted.</source>
        <translation>Die Notiz wurde seitdem geändert; sie bleibt und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>*Deleted text, brought back by Undo:*</source>
        <translation>*Gelöschter Text, durch Rückgängig zurückgeholt:*</translation>
    </message>
    <message>
        <source>A note was written here since the deletion; the deleted text was added below it.</source>
        <translation>Seit dem Löschen wurde hier eine Notiz geschrieben; der gelöschte Text steht nun darunter.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
    <message>
        <source>Cannot Open the Study Database</source>
        <translation>Die Lerndatenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Study Database Repaired</source>
        <translation>Lerndatenbank repariert</translation>
    </message>
</context>
<context>
    <name>sdstudy::charts::ConceptChartView</name>
    <message>
        <source>%1: could not write the picture</source>
        <translation>%1: das Bild ließ sich nicht schreiben</translation>
    </message>
</context>
<context>
    <name>sdstudy::sheets::SafeTextDocument</name>
    <message>
        <source>[image not shown]</source>
        <translation>[Bild nicht angezeigt]</translation>
    </message>
    <message>
        <source>Pictures named by a file or a web address are never loaded. Paste the picture into your note to keep it.</source>
        <translation>Bilder, die per Datei oder Webadresse genannt sind, werden nie geladen. Fügen Sie das Bild in Ihre Notiz ein, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BackgroundFileCheck</name>
    <message>
        <source>Study Database Damaged</source>
        <translation>Lerndatenbank beschädigt</translation>
    </message>
    <message>
        <source>A check of %1 found it damaged (%2).

Quit and start the app again: it will set the damaged file aside and restore your newest good backup.</source>
        <translation>Eine Prüfung von %1 hat sie beschädigt gefunden (%2).

Beenden Sie die App und starten Sie sie neu: Sie legt die beschädigte Datei beiseite und stellt Ihre neueste gute Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BankActions</name>
    <message>
        <source>&amp;Rename Bank…</source>
        <translation>Sammlung &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move Bank…</source>
        <translation>Sammlung &amp;entfernen…</translation>
    </message>
    <message>
        <source>The bundled bank stays</source>
        <translation>Die mitgelieferte Sammlung bleibt</translation>
    </message>
    <message>
        <source>Rename Bank</source>
        <translation>Sammlung umbenennen</translation>
    </message>
    <message>
        <source>Name of the bank:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <source>Rename Failed</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Remove Bank</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n question(s)?</source>
        <translation>
            <numerusform>„%1“ und ihre %n Frage entfernen?</numerusform>
            <numerusform>„%1“ und ihre %n Fragen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? This cannot be undone.</source>
        <translation>„%1“ entfernen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>It was imported by an earlier version of the app, which kept no copy of it. Your notes, bookmarks and answers on it are kept, and come back if you import its file again.</source>
        <translation>Sie wurde von einer früheren Version der App importiert, die keine Kopie aufbewahrte. Ihre Notizen, Lesezeichen und Antworten dazu bleiben erhalten und kehren zurück, wenn Sie die Datei wieder importieren.</translation>
    </message>
    <message>
        <source>Bank removed.</source>
        <translation>Sammlung entfernt.</translation>
    </message>
    <message>
        <source>The bank was not removed: %1</source>
        <translation>Die Sammlung wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>You have %1 on its questions. They are kept, and come back if you undo or import the bank again.</source>
        <translation>Sie haben %1 zu ihren Fragen. Sie bleiben erhalten und kehren zurück, wenn Sie rückgängig machen oder die Sammlung wieder importieren.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BookmarkActions</name>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Flag as %1</source>
        <translation>Markieren als %1</translation>
    </message>
    <message>
        <source>Show Bookmarked &amp;Only</source>
        <translation>&amp;Nur Fragen mit Lesezeichen zeigen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmark Not Saved</source>
        <translation>Lesezeichen nicht gespeichert</translation>
    </message>
    <message>
        <source>The bookmark could not be saved:
%1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>%1: bookmark removed (Ctrl+Z takes it back)</source>
        <translation>%1: Lesezeichen entfernt (Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <source>%1: flagged %2</source>
        <translation>%1: markiert als %2</translation>
    </message>
    <message>
        <source>%1: bookmarked</source>
        <translation>%1: Lesezeichen gesetzt</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::CalendarHeatMap</name>
    <message>
        <source>Reviews per day over the last year</source>
        <translation>Wiederholungen pro Tag im letzten Jahr</translation>
    </message>
    <message>
        <source>%1
Reviews: %2</source>
        <translation>%1
Wiederholungen: %2</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save “%1” as PNG</source>
        <translation>„%1“ als PNG speichern</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ChoiceOption</name>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. ✓ Right answer</source>
        <translation>%1. ✓ Richtige Antwort</translation>
    </message>
    <message>
        <source>%1. ✗ Your pick</source>
        <translation>%1. ✗ Ihre Wahl</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ChoicePage</name>
    <message>
        <source>Next (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Click the right answer, or press its number (1-4).</source>
        <translation>Klicken Sie die richtige Antwort an oder drücken Sie ihre Nummer (1–4).</translation>
    </message>
    <message>
        <source>**Right:** answer %1.</source>
        <translation>**Richtig:** Antwort %1.</translation>
    </message>
    <message>
        <source>**Not this one.** Answer %1 answers “%2”; the right one is answer %3.</source>
        <translation>**Nicht diese.** Antwort %1 beantwortet „%2“; richtig ist Antwort %3.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ConceptActions</name>
    <message>
        <source>&amp;Not the Same Question</source>
        <translation>&amp;Nicht dieselbe Frage</translation>
    </message>
    <message>
        <source>Take this question out of its concept: it becomes a card of its own, with the schedule it had</source>
        <translation>Diese Frage aus ihrem Konzept herausnehmen: Sie wird eine eigene Karte, mit dem Zeitplan, den sie hatte</translation>
    </message>
    <message>
        <source>Same &amp;Question As…</source>
        <translation>Dieselbe &amp;Frage wie…</translation>
    </message>
    <message>
        <source>Fold this question and another that asks the same into one card</source>
        <translation>Diese Frage und eine andere, die dasselbe fragt, zu einer Karte zusammenlegen</translation>
    </message>
    <message>
        <source>Concept Not Changed</source>
        <translation>Konzept nicht geändert</translation>
    </message>
    <message>
        <source>The question could not be split:
%1</source>
        <translation>Die Frage konnte nicht abgetrennt werden:
%1</translation>
    </message>
    <message>
        <source>The questions could not be folded into one:
%1</source>
        <translation>Die Fragen konnten nicht zusammengelegt werden:
%1</translation>
    </message>
    <message>
        <source>Not the Same Question #%1</source>
        <translation>Nicht dieselbe Frage #%1</translation>
    </message>
    <message>
        <source>#%1 is a card of its own now, with the schedule it had (Edit &gt; Undo takes it back)</source>
        <translation>#%1 ist jetzt eine eigene Karte, mit dem Zeitplan, den sie hatte (Bearbeiten &gt; Rückgängig macht es rückgängig)</translation>
    </message>
    <message>
        <source>Same Question #%1 and #%2</source>
        <translation>Dieselbe Frage #%1 und #%2</translation>
    </message>
    <message>
        <source>#%1 and #%2 are one card now (Edit &gt; Undo takes it back)</source>
        <translation>#%1 und #%2 sind jetzt eine Karte (Bearbeiten &gt; Rückgängig macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ConceptJoinDialog</name>
    <message>
        <source>Same Question As</source>
        <translation>Dieselbe Frage wie</translation>
    </message>
    <message>
        <source>Which question asks the same as “%1”? They become one card, with one schedule: the older of the two, and both histories.</source>
        <translation>Welche Frage fragt dasselbe wie „%1“? Beide werden eine Karte mit einem Zeitplan: dem älteren der beiden, und beiden Verläufen.</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Same Question</source>
        <translation>Dieselbe Frage</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>No question matches “%1”.</source>
        <translation>Keine Frage passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramCardsDialog</name>
    <message>
        <source>Name the hidden component:</source>
        <translation>Benennen Sie die verdeckte Komponente:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Diagram Cards</source>
        <translation>Diagrammkarten</translation>
    </message>
    <message>
        <source>The hidden component&apos;s name</source>
        <translation>Name der verdeckten Komponente</translation>
    </message>
    <message>
        <source>Type its name, or pick one below</source>
        <translation>Namen eintippen oder unten einen wählen</translation>
    </message>
    <message numerus="yes">
        <source>No diagram card is due, and today&apos;s %n new one(s) are done. Come back tomorrow.</source>
        <translation>
            <numerusform>Keine Diagrammkarte ist fällig, und die heutige neue ist erledigt. Kommen Sie morgen wieder.</numerusform>
            <numerusform>Keine Diagrammkarte ist fällig, und die heutigen %n neuen sind erledigt. Kommen Sie morgen wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n card(s) answered.</source>
        <translation>
            <numerusform>Fertig: %n Karte beantwortet.</numerusform>
            <numerusform>Fertig: %n Karten beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation>Karte %1 von %2 · %3</translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation>✓ Richtig: %1</translation>
    </message>
    <message>
        <source>✗ It is %1 (you said &quot;%2&quot;)</source>
        <translation>✗ Es ist %1 (Sie sagten „%2“)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramDock</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Diagram Panel</source>
        <translation>&amp;Diagrammfeld</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramList</name>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>Architekturen</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konzepte</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to view (0)</source>
        <translation>In die Ansicht einpassen (0)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG</source>
        <translation>Das Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>No diagram for this question.
The Diagrams tab lists them all.</source>
        <translation>Kein Diagramm zu dieser Frage.
Der Reiter Diagramme listet alle auf.</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Diagram Not Saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::DiagramView</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::EstimationDrillDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächste Aufgabe</translation>
    </message>
    <message>
        <source>Estimation Drill</source>
        <translation>Schätzübung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Schwächste zuerst</translation>
    </message>
    <message>
        <source>Weakest first brings the kinds of problem you got wrong lately back more often</source>
        <translation>„Schwächste zuerst“ bringt Aufgabenarten, die Sie zuletzt falsch hatten, öfter wieder</translation>
    </message>
    <message>
        <source>A number and its unit: 12 TB, 3k req/s, 40 Gbps, 100 ns</source>
        <translation>Eine Zahl und ihre Einheit: 12 TB, 3k req/s, 40 Gbps, 100 ns</translation>
    </message>
    <message>
        <source>Your estimate</source>
        <translation>Ihre Schätzung</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>%1 · problem %2</source>
        <translation>%1 · Aufgabe %2</translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation>Angenommen %1.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>Worked solution:</source>
        <translation>Ausgearbeitete Lösung:</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Answer as in an interview: round freely, say the powers of ten.</source>
        <translation>Antworten Sie wie im Interview: runden Sie großzügig, nennen Sie die Zehnerpotenzen.</translation>
    </message>
    <message numerus="yes">
        <source>This sitting: %1 of %n right</source>
        <translation>
            <numerusform>Diese Runde: %1 von %n richtig</numerusform>
            <numerusform>Diese Runde: %1 von %n richtig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ExchangeActions</name>
    <message>
        <source>&amp;Import Bank…</source>
        <translation>Sammlung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>Notizen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Cards for &amp;Anki…</source>
        <translation>Karten für &amp;Anki exportieren…</translation>
    </message>
    <message>
        <source>Import Cards from A&amp;nki…</source>
        <translation>Karten aus A&amp;nki importieren…</translation>
    </message>
    <message>
        <source>Expor&amp;t Progress…</source>
        <translation>&amp;Fortschritt exportieren…</translation>
    </message>
    <message>
        <source>Import P&amp;rogress…</source>
        <translation>Fo&amp;rtschritt importieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Backup &amp;Folder…</source>
        <translation>Sicherungs&amp;ordner…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung gescheitert: %1</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>notes.md</source>
        <translation>notizen.md</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export gescheitert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Notizen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import gescheitert</translation>
    </message>
    <message>
        <source>Export Cards for Anki</source>
        <translation>Karten für Anki exportieren</translation>
    </message>
    <message>
        <source>system-design-cards.txt</source>
        <translation>systementwurf-karten.txt</translation>
    </message>
    <message>
        <source>Anki text files (*.txt)</source>
        <translation>Anki-Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Cards written to %1; in Anki: File &gt; Import</source>
        <translation>Karten nach %1 geschrieben; in Anki: Datei &gt; Importieren</translation>
    </message>
    <message>
        <source>Import Cards from Anki</source>
        <translation>Karten aus Anki importieren</translation>
    </message>
    <message>
        <source>Anki text files (*.txt *.tsv);;All files (*)</source>
        <translation>Anki-Textdateien (*.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nichts wurde importiert.

%1</translation>
    </message>
    <message>
        <source>Cards Imported</source>
        <translation>Karten importiert</translation>
    </message>
    <message>
        <source>New cards: %1
Flags brought back: %2
Already here: %3</source>
        <translation>Neue Karten: %1
Markierungen zurückgeholt: %2
Schon vorhanden: %3</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Fortschritt exportieren</translation>
    </message>
    <message>
        <source>sdstudy-progress.json</source>
        <translation>sdstudy-fortschritt.json</translation>
    </message>
    <message>
        <source>Progress files (*.json)</source>
        <translation>Fortschrittsdateien (*.json)</translation>
    </message>
    <message>
        <source>Progress written to %1</source>
        <translation>Fortschritt nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Fortschritt importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup taken before an import failed.

%1</source>
        <translation>Nichts wurde importiert: die Sicherung vor dem Import schlug fehl.

%1</translation>
    </message>
    <message>
        <source>Added: %1
Updated (newer in the file): %2
Already here or newer here: %3</source>
        <translation>Hinzugefügt: %1
Aktualisiert (neuer in der Datei): %2
Schon hier oder hier neuer: %3</translation>
    </message>
    <message>
        <source>Progress Imported</source>
        <translation>Fortschritt importiert</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups of your bookmarks and notes are kept in:
%1</source>
        <translation>Sicherungen Ihrer Lesezeichen und Notizen liegen in:
%1</translation>
    </message>
    <message numerus="yes">
        <source>One is made on quit and every half hour while you make changes; the last %n, one a day for a week and one a week for a month are kept (Preferences &gt; Data).</source>
        <translation>
            <numerusform>Eine entsteht beim Beenden und jede halbe Stunde, solange Sie etwas ändern; behalten werden die letzte, eine pro Tag für eine Woche und eine pro Woche für einen Monat (Einstellungen &gt; Daten).</numerusform>
            <numerusform>Eine entsteht beim Beenden und jede halbe Stunde, solange Sie etwas ändern; behalten werden die letzten %n, eine pro Tag für eine Woche und eine pro Woche für einen Monat (Einstellungen &gt; Daten).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Backups now go to %1</source>
        <translation>Sicherungen gehen jetzt nach %1</translation>
    </message>
    <message>
        <source>Import Question Bank</source>
        <translation>Fragensammlung importieren</translation>
    </message>
    <message>
        <source>Questions imported: %1</source>
        <translation>Importierte Fragen: %1</translation>
    </message>
    <message>
        <source>This bank is already imported; nothing changed.</source>
        <translation>Diese Sammlung ist schon importiert; nichts geändert.</translation>
    </message>
    <message>
        <source>Question banks (*.md *.markdown *.txt *.csv *.tsv *.apkg);;Markdown files (*.md *.markdown);;CSV or TSV files (*.csv *.tsv);;Anki packages (*.apkg);;All files (*)</source>
        <translation>Fragensammlungen (*.md *.markdown *.txt *.csv *.tsv *.apkg);;Markdown-Dateien (*.md *.markdown);;CSV- oder TSV-Dateien (*.csv *.tsv);;Anki-Pakete (*.apkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Questions imported: %1, shown as %2 in the tree (repeats fold into one)</source>
        <translation>Importierte Fragen: %1, im Baum %2 (Wiederholungen werden zusammengefasst)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::HelpDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>System Design Study Help</source>
        <translation>Hilfe zu System Design Study</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>## Keyboard shortcuts</source>
        <translation>## Tastenkürzel</translation>
    </message>
    <message>
        <source>### While studying</source>
        <translation>### Beim Lernen</translation>
    </message>
    <message>
        <source>| Show the answer | Space |
| Grade Again, Hard, Good, Easy (or pick answer 1-4) | 1, 2, 3, 4 |
| Take the last answer back | Ctrl+Z |
| Check typed recall, show the model answer in a mock | Ctrl+Enter |
| Pause the mock interview clock | Ctrl+Space |
</source>
        <translation>| Die Antwort zeigen | Leertaste |
| Nochmal, Schwer, Gut, Einfach bewerten (oder Antwort 1-4 wählen) | 1, 2, 3, 4 |
| Die letzte Antwort zurücknehmen | Strg+Z |
| Getippte Antwort prüfen, im Probeinterview die Musterantwort zeigen | Strg+Eingabe |
| Die Uhr des Probeinterviews anhalten | Strg+Leertaste |
</translation>
    </message>
    <message>
        <source>### Diagrams</source>
        <translation>### Diagramme</translation>
    </message>
    <message>
        <source>| Zoom in, out | +, - (or the wheel) |
| Fit to the panel | 0 |
| Pan | drag |
</source>
        <translation>| Vergrößern, verkleinern | +, - (oder das Mausrad) |
| In das Feld einpassen | 0 |
| Verschieben | ziehen |
</translation>
    </message>
    <message>
        <source>## Welcome to System Design Study

About 780 system-design interview questions with their answers, grouped into topics, with the questions the bank asks twice in other words folded into one.

### Find and read

- **Topics** on the left; **Search** (Ctrl+F) answers while you type, over questions, answers and your notes, and finds other forms of a word (“stampedes” finds “stampede”). Alt+Down and Alt+Up walk the questions; Alt+Left and Alt+Right (or the mouse&apos;s side buttons) go back and forward through what you read.
- Filters go with words in the search box: `is:bookmarked`, `flag:hard` (or `review`, `favourite`), `has:note`, `topic:caching` (quote names with spaces: `topic:&quot;load balancing&quot;`).
- The **Diagram** panel (F9) shows the architecture or concept behind the question; click a component to open the question that explains it. The **Diagrams** tab lists them all.

### Keep what matters

- Ctrl+D bookmarks a question; Ctrl+1, Ctrl+2, Ctrl+3 flag it Hard, Review later or Favourite.
- The note under each answer is Markdown and saves itself as you type.

### Practise

- **Study Now** (F5): recall. See the question, say or think the answer, press Space, then grade yourself 1-4 (Again, Hard, Good, Easy). The scheduler (FSRS-6, as in Anki) brings each question back just before you would forget it.
- **Multiple choice** (Shift+F5): pick the right answer among four; the wrong ones are real answers to nearby questions.
- **Typed recall** (Ctrl+F5): type the key points; the app shows which key terms you had.
- **Mock interview** (Alt+F5): a design question, a clock, the stages of an interview and a scratch pad; then the model answer.
- **Start Session** (Ctrl+Shift+F5) chooses topics, bookmarks, weak or missed questions.
- **Progress** (F6) shows what you studied and what comes next.

### Take it elsewhere

- **Print** (Ctrl+P) topic sheets or save them as PDF, with answers, notes and diagrams or as a self-test.
- **File** exports cards for Anki and your progress for another computer.

Your data stays on this computer, in one file that is backed up while you work.
</source>
        <translation>## Willkommen bei System Design Study

Rund 780 Interviewfragen zum Systementwurf mit ihren Antworten, nach Themen geordnet; Fragen, die die Sammlung zweimal mit anderen Worten stellt, sind zu einer zusammengefasst.

### Finden und lesen

- **Themen** links; die **Suche** (Strg+F) antwortet schon beim Tippen, über Fragen, Antworten und Ihre Notizen. Sie findet auch andere Formen eines Wortes („stampedes“ findet „stampede“). Alt+Ab und Alt+Auf gehen die Fragen durch; Alt+Links und Alt+Rechts (oder die Seitentasten der Maus) gehen im Gelesenen zurück und vor.
- Filter schreibt man als Wörter ins Suchfeld: `is:bookmarked`, `flag:hard` (oder `review`, `favourite`), `has:note`, `topic:caching` (Namen mit Leerzeichen in Anführungszeichen: `topic:&quot;load balancing&quot;`).
- Das **Diagramm**-Feld (F9) zeigt die Architektur oder das Konzept hinter der Frage; ein Klick auf einen Baustein öffnet die Frage, die ihn erklärt. Der Reiter **Diagramme** listet alle auf.

### Behalten, was zählt

- Strg+D setzt ein Lesezeichen; Strg+1, Strg+2, Strg+3 markieren die Frage als Schwer, Später wiederholen oder Favorit.
- Die Notiz unter jeder Antwort ist Markdown und speichert sich beim Tippen selbst.

### Üben

- **Jetzt lernen** (F5): Abrufen. Frage ansehen, die Antwort sagen oder denken, Leertaste drücken, dann sich selbst mit 1-4 bewerten (Nochmal, Schwer, Gut, Einfach). Der Planer (FSRS-6, wie in Anki) bringt jede Frage zurück, kurz bevor Sie sie vergessen würden.
- **Multiple Choice** (Umschalt+F5): die richtige von vier Antworten wählen; die falschen sind echte Antworten auf benachbarte Fragen.
- **Getippte Antwort** (Strg+F5): die Kernpunkte eintippen; die App zeigt, welche Schlüsselbegriffe Sie hatten.
- **Probeinterview** (Alt+F5): eine Entwurfsfrage, eine Uhr, die Phasen eines Interviews und ein Notizblock; danach die Musterantwort.
- **Sitzung starten** (Strg+Umschalt+F5) wählt Themen, Lesezeichen, schwache oder verpasste Fragen.
- **Fortschritt** (F6) zeigt, was Sie gelernt haben und was als Nächstes kommt.

### Mitnehmen

- **Drucken** (Strg+P) Sie Themenblätter oder speichern Sie sie als PDF, mit Antworten, Notizen und Diagrammen oder als Selbsttest.
- Über **Datei** exportieren Sie Karten für Anki und Ihren Fortschritt für einen anderen Rechner.

Ihre Daten bleiben auf diesem Rechner, in einer Datei, die während der Arbeit gesichert wird.
</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ImportBankDialog</name>
    <message>
        <source>Import Question Bank</source>
        <translation>Fragensammlung importieren</translation>
    </message>
    <message>
        <source>The bank&apos;s own title, or its file&apos;s name</source>
        <translation>Der eigene Titel der Sammlung oder ihr Dateiname</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV or TSV (a table)</source>
        <translation>CSV oder TSV (eine Tabelle)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Questions to import</source>
        <translation>Zu importierende Fragen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Parts left out</source>
        <translation>Ausgelassene Teile</translation>
    </message>
    <message>
        <source>Answer as it will be imported</source>
        <translation>Antwort, wie sie importiert wird</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Überschriften</translation>
    </message>
    <message>
        <source>Labels: **Question:** or **Q:**</source>
        <translation>Marken: **Question:** oder **Q:**</translation>
    </message>
    <message>
        <source>&lt;details&gt; blocks: the summary is the question</source>
        <translation>&lt;details&gt;-Blöcke: die Zusammenfassung ist die Frage</translation>
    </message>
    <message>
        <source>Bold lines: **Question?** or 1. **Question?**</source>
        <translation>Fette Zeilen: **Frage?** oder 1. **Frage?**</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Ebene %1 (%2)</translation>
    </message>
    <message>
        <source>Heading level</source>
        <translation>Überschriftenebene</translation>
    </message>
    <message>
        <source>&amp;Every heading, also those that do not ask</source>
        <translation>&amp;Jede Überschrift, auch die, die nicht fragen</translation>
    </message>
    <message>
        <source>&amp;Questions are:</source>
        <translation>&amp;Fragen sind:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Fr&amp;age:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Nichts zu importieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an answer, skipped</source>
        <translation>
            <numerusform>, %n ohne Antwort, übersprungen</numerusform>
            <numerusform>, %n ohne Antwort, übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s) that are not questions left out</source>
        <translation>
            <numerusform>, %n Teil, der keine Frage ist, ausgelassen</numerusform>
            <numerusform>, %n Teile, die keine Fragen sind, ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could be read in more than one way: check the questions below, and choose how they are marked if they are wrong.</source>
        <translation>Die Datei lässt sich auf mehr als eine Weise lesen: prüfen Sie die Fragen unten und wählen Sie, wie sie gekennzeichnet sind, falls sie nicht stimmen.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import gescheitert</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nichts wurde importiert.

%1</translation>
    </message>
    <message>
        <source>First row names the &amp;columns</source>
        <translation>Erste Zeile benennt die &amp;Spalten</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Fragen (%1)</translation>
    </message>
    <message>
        <source>Left Out (%1)</source>
        <translation>Ausgelassen (%1)</translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation>Anki-Paket (.apkg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::InterviewDatesDialog</name>
    <message>
        <source>Interview Dates</source>
        <translation>Interviewtermine</translation>
    </message>
    <message>
        <source>Until the soonest day ahead, Study Now starts the topics that matter first, fast enough to review each a few times before the day, and brings back what you would forget by then. Progress shows how ready you will be.</source>
        <translation>Bis zum nächsten Termin beginnt „Jetzt lernen“ zuerst die wichtigen Themen, schnell genug, um jedes vor dem Tag einige Male zu wiederholen, und holt zurück, was Sie bis dahin vergessen würden. „Fortschritt“ zeigt, wie bereit Sie sein werden.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cards whose predicted recall on the day falls below this come back before it.</source>
        <translation>Karten, deren vorhergesagtes Erinnern am Tag darunter liegt, kommen vorher wieder.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Recall wanted on the da&amp;y:</source>
        <translation>Gewünschtes &amp;Erinnern am Tag:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The interview dates were not saved: %1</source>
        <translation>Die Interviewtermine wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Topics that matter
(none ticked: every topic):</source>
        <translation>&amp;Wichtige Themen
(keines angekreuzt: alle Themen):</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::MainWindow</name>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung gescheitert: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Print Topic Sheet…</source>
        <translation>Themenblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>Ler&amp;nen</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>&amp;Vorige Frage</translation>
    </message>
    <message>
        <source>Back to &amp;Topics</source>
        <translation>Zurück zu den &amp;Themen</translation>
    </message>
    <message>
        <source>&amp;Write Note</source>
        <translation>Noti&amp;z schreiben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Every Phrasing</source>
        <translation>&amp;Jede Formulierung zeigen</translation>
    </message>
    <message>
        <source>List paraphrased repeats of a question separately instead of once per concept</source>
        <translation>Umformulierte Wiederholungen einer Frage einzeln aufführen statt einmal pro Konzept</translation>
    </message>
    <message>
        <source>Note &amp;Preview</source>
        <translation>Notiz&amp;vorschau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About System Design Study</source>
        <translation>&amp;Über System Design Study</translation>
    </message>
    <message>
        <source>Study “%1”…</source>
        <translation>„%1“ lernen…</translation>
    </message>
    <message>
        <source>Print “%1”…</source>
        <translation>„%1“ drucken…</translation>
    </message>
    <message>
        <source>Note Not Saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <source>The note could not be changed:
%1</source>
        <translation>Die Notiz konnte nicht geändert werden:
%1</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Wählen Sie links eine Frage.</translation>
    </message>
    <message>
        <source>Your note could not be saved:
%1

If you quit now, the text you typed since the last save is lost.</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden:
%1

Wenn Sie jetzt beenden, geht der seit dem letzten Speichern getippte Text verloren.</translation>
    </message>
    <message>
        <source>Showing #%1, the question this diagram explains (Back, %2, returns)</source>
        <translation>Frage #%1 wird gezeigt, die dieses Diagramm erklärt (Zurück, %2, kehrt zurück)</translation>
    </message>
    <message>
        <source>Studying: the answers are out of sight until the session ends.</source>
        <translation>Beim Lernen: Die Antworten bleiben verborgen, bis die Sitzung endet.</translation>
    </message>
    <message>
        <source>This question&apos;s bank was removed. Edit &gt; Undo brings it back.</source>
        <translation>Die Sammlung dieser Frage wurde entfernt. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>The scheduler now uses parameters fitted to your answers (see Preferences).</source>
        <translation>Der Planer nutzt jetzt an Ihre Antworten angepasste Parameter (siehe Einstellungen).</translation>
    </message>
    <message>
        <source>Sketch this question&apos;s architecture on a whiteboard and compare it with the reference (Ctrl+Shift+W)</source>
        <translation>Die Architektur dieser Frage auf einem Whiteboard skizzieren und mit der Referenz vergleichen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>W&amp;hiteboard…</source>
        <translation>White&amp;board…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::MockInterviewPanel</name>
    <message>
        <source>Show the Model Answer (Ctrl+Enter)</source>
        <translation>Die Musterantwort zeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the clock (Ctrl+Space)</source>
        <translation>Die Uhr anhalten oder weiterlaufen lassen (Strg+Leertaste)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Interview stages</source>
        <translation>Phasen des Interviews</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 drüber</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;Add to My Note</source>
        <translation>Zu meiner Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Open an earlier attempt at this question</source>
        <translation>Einen früheren Versuch bei dieser Frage öffnen</translation>
    </message>
    <message>
        <source>Scratch pad</source>
        <translation>Notizblock</translation>
    </message>
    <message>
        <source>Requirements, numbers, components, trade-offs… as you would say them. After the answer shows, add what you missed.</source>
        <translation>Anforderungen, Zahlen, Bausteine, Abwägungen … so, wie Sie sie sagen würden. Wenn die Antwort zu sehen ist, ergänzen Sie, was Ihnen fehlte.</translation>
    </message>
    <message>
        <source>Append this attempt&apos;s scratch pad to your note on the question, with a heading and the date</source>
        <translation>Den Notizblock dieses Versuchs mit Überschrift und Datum an Ihre Notiz zur Frage anhängen</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gesichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>### Mock interview, %1</source>
        <translation>### Probeinterview, %1</translation>
    </message>
    <message>
        <source>Not added to your note: %1</source>
        <translation>Nicht zu Ihrer Notiz hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added to your note</source>
        <translation>Zu Ihrer Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Earlier Attempts (%1)</source>
        <translation>Frühere Versuche (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 min · %3</source>
        <translation>%1 · %2 Min. · %3</translation>
    </message>
    <message>
        <source>Attempt of %1</source>
        <translation>Versuch vom %1</translation>
    </message>
    <message>
        <source>- Time: **%1 of %2 min**</source>
        <translation>- Zeit: **%1 von %2 Min.**</translation>
    </message>
    <message>
        <source>- Stages covered: **%1 of %2**</source>
        <translation>- Behandelte Etappen: **%1 von %2**</translation>
    </message>
    <message>
        <source>- Graded: **%1**</source>
        <translation>- Bewertet: **%1**</translation>
    </message>
    <message>
        <source>*Nothing was written on the pad.*</source>
        <translation>*Auf dem Notizblock steht nichts.*</translation>
    </message>
    <message>
        <source>Earlier Attempt</source>
        <translation>Früherer Versuch</translation>
    </message>
    <message>
        <source>Scratch &amp;Pad</source>
        <translation>Notiz&amp;block</translation>
    </message>
    <message>
        <source>&amp;Whiteboard</source>
        <translation>&amp;Whiteboard</translation>
    </message>
    <message>
        <source>the interview on that question is over</source>
        <translation>das Interview zu dieser Frage ist vorbei</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::MockPage</name>
    <message>
        <source>*Stages covered: %1 of %2.* Compare your scratch pad with the model answer and add what you missed to it, then grade yourself.</source>
        <translation>*Behandelte Etappen: %1 von %2.* Vergleichen Sie Ihren Notizblock mit der Musterantwort, ergänzen Sie, was fehlte, und bewerten Sie sich dann.</translation>
    </message>
    <message>
        <source>*Your sketch has %1 of the reference&apos;s %2 components and %3 of its %4 connections: coverage %5%.* The list under the whiteboard shows what you missed; the grade it suggests is preselected.</source>
        <translation>*Ihre Skizze enthält %1 der %2 Komponenten und %3 der %4 Verbindungen der Referenz: Abdeckung %5 %.* Die Liste unter dem Whiteboard zeigt, was fehlt; die vorgeschlagene Bewertung ist vorausgewählt.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NavigatorPane</name>
    <message>
        <source>Search, e.g. cache flag:hard (Ctrl+F)</source>
        <translation>Suchen, z. B. cache flag:hard (Strg+F)</translation>
    </message>
    <message>
        <source>Words search titles, answers and your notes.
Filters: is:bookmarked, flag:hard, flag:review, flag:favourite, has:note, topic:caching</source>
        <translation>Wörter suchen in Titeln, Antworten und Ihren Notizen.
Filter: is:bookmarked, flag:hard, flag:review, flag:favourite, has:note, topic:caching</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>Concepts: %1 (paraphrased repeats folded)</source>
        <translation>Konzepte: %1 (umformulierte Wiederholungen zusammengefasst)</translation>
    </message>
    <message>
        <source>No questions match “%1”</source>
        <translation>Keine Fragen zu „%1“</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>No bookmarked questions yet.

Bookmark the question on show with Bookmarks &gt; Bookmark, or show every question again with Bookmarks &gt; Show Bookmarked Only.</source>
        <translation>Noch keine Fragen mit Lesezeichen.

Setzen Sie ein Lesezeichen auf die gezeigte Frage mit Lesezeichen &gt; Lesezeichen, oder zeigen Sie wieder alle Fragen mit Lesezeichen &gt; Nur Fragen mit Lesezeichen zeigen.</translation>
    </message>
    <message>
        <source>No bookmarks yet.

Bookmark the question on show with Bookmarks &gt; Bookmark, or flag it as hard, to review or a favourite.</source>
        <translation>Noch keine Lesezeichen.

Setzen Sie ein Lesezeichen auf die gezeigte Frage mit Lesezeichen &gt; Lesezeichen, oder markieren Sie sie als schwer, später zu wiederholen oder Favorit.</translation>
    </message>
    <message>
        <source>No notes yet.

Write one under any question&apos;s answer; it is kept as you type.</source>
        <translation>Noch keine Notizen.

Schreiben Sie eine unter die Antwort einer Frage; sie wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>No bookmarked questions match “%1”.

Search every question by turning off Bookmarks &gt; Show Bookmarked Only.</source>
        <translation>Keine Fragen mit Lesezeichen zu „%1“.

Durchsuchen Sie alle Fragen, indem Sie Lesezeichen &gt; Nur Fragen mit Lesezeichen zeigen ausschalten.</translation>
    </message>
    <message>
        <source>Search bookmarked questions (Ctrl+F)</source>
        <translation>Fragen mit Lesezeichen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Bookmarked matches: %1</source>
        <translation>Treffer mit Lesezeichen: %1</translation>
    </message>
    <message>
        <source>No bookmarked questions match “%1”</source>
        <translation>Keine Fragen mit Lesezeichen zu „%1“</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NoteEditor</name>
    <message>
        <source>the picture is too large to keep in a note, even as JPEG</source>
        <translation>das Bild ist zu groß für eine Notiz, auch als JPEG</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG picture</source>
        <translation>%1 ist kein PNG- oder JPEG-Bild</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NotesListView</name>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::NotesPane</name>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Your note on this question, in Markdown: what you got wrong, a mnemonic, a code sketch in ``` fences…</source>
        <translation>Ihre Notiz zu dieser Frage, in Markdown: was Sie falsch hatten, eine Eselsbrücke, eine Codeskizze zwischen ```…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Picture not added: %1</source>
        <translation>Bild nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves, and so does leaving this question</source>
        <translation>Noch nicht gespeichert: Strg+S speichert, ebenso das Verlassen dieser Frage</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here and is saved as soon as possible.</source>
        <translation>Nicht gespeichert: %1. Ihr Text bleibt hier und wird so bald wie möglich gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Add a Note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Write a note on this question (Ctrl+Shift+N)</source>
        <translation>Eine Notiz zu dieser Frage schreiben (Strg+Umschalt+N)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language shows the next time the app starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>&amp;New questions per day:</source>
        <translation>&amp;Neue Fragen pro Tag:</translation>
    </message>
    <message>
        <source>The chance of remembering a question when it comes back. Higher means more reviews; 0.90 suits most people.</source>
        <translation>Die Wahrscheinlichkeit, sich an eine Frage zu erinnern, wenn sie wiederkommt. Höher heißt mehr Wiederholungen; 0,90 passt für die meisten.</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>Gewünschte &amp;Behaltensquote:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No question waits longer than this, however well you know it. Set it to the days left before your interview.</source>
        <translation>Keine Frage wartet länger als das, so gut Sie sie auch kennen. Stellen Sie die Tage bis zu Ihrem Interview ein.</translation>
    </message>
    <message>
        <source>&amp;Maximum interval:</source>
        <translation>L&amp;ängster Abstand:</translation>
    </message>
    <message>
        <source>Spread intervals a little, so questions learnt &amp;together do not stay together</source>
        <translation>&amp;Abstände etwas streuen, damit zusammen gelernte Fragen nicht zusammen bleiben</translation>
    </message>
    <message>
        <source>Questions in a &amp;chosen session:</source>
        <translation>Fragen in einer &amp;gewählten Sitzung:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Mock &amp;interview time:</source>
        <translation>Dauer des &amp;Probeinterviews:</translation>
    </message>
    <message>
        <source>Save &amp;notes as I type (otherwise on Ctrl+S and when leaving the question)</source>
        <translation>&amp;Notizen beim Tippen speichern (sonst mit Strg+S und beim Verlassen der Frage)</translation>
    </message>
    <message>
        <source>Empty: the folder shown, beside the study database.</source>
        <translation>Leer: der angezeigte Ordner neben der Lerndatenbank.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Besides these, one backup a day is kept for a week and one a week for a month.</source>
        <translation>Außerdem bleibt eine Sicherung pro Tag für eine Woche und eine pro Woche für einen Monat.</translation>
    </message>
    <message>
        <source>Newest backups &amp;kept:</source>
        <translation>Neueste Sicherungen &amp;behalten:</translation>
    </message>
    <message>
        <source>A backup is made on quit and every half hour while you make changes.</source>
        <translation>Gesichert wird beim Beenden und jede halbe Stunde, solange Sie etwas ändern.</translation>
    </message>
    <message>
        <source>Sc&amp;heduler</source>
        <translation>&amp;Zeitplanung</translation>
    </message>
    <message>
        <source>The choice of parameters was not kept: %1</source>
        <translation>Die Wahl der Parameter wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Help Me Choos&amp;e…</source>
        <translation>&amp;Entscheidungshilfe…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::PrintSheetDialog</name>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>&amp;Bookmarked:</source>
        <translation>&amp;Lesezeichen:</translation>
    </message>
    <message>
        <source>The current &amp;search results</source>
        <translation>Die aktuellen &amp;Suchergebnisse</translation>
    </message>
    <message>
        <source>The questions I &amp;missed in my last study session</source>
        <translation>Die in meiner letzten Lernsitzung &amp;verpassten Fragen</translation>
    </message>
    <message>
        <source>With &amp;answers (otherwise a self-test sheet with room to write)</source>
        <translation>Mit &amp;Antworten (sonst ein Selbsttest mit Platz zum Schreiben)</translation>
    </message>
    <message>
        <source>With my &amp;notes</source>
        <translation>Mit meinen &amp;Notizen</translation>
    </message>
    <message>
        <source>With &amp;diagrams</source>
        <translation>Mit D&amp;iagrammen</translation>
    </message>
    <message>
        <source>Print Topic Sheet</source>
        <translation>Themenblatt drucken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All bookmarks</source>
        <translation>Alle Lesezeichen</translation>
    </message>
    <message>
        <source>The current &amp;search results: “%1”</source>
        <translation>Die aktuellen &amp;Suchergebnisse: „%1“</translation>
    </message>
    <message>
        <source>One column</source>
        <translation>Eine Spalte</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Zwei Spalten</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Was gedruckt wird</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Sat&amp;z:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Vorscha&amp;u…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Als PDF spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Nothing to Print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <source>No questions match what you chose.</source>
        <translation>Zu Ihrer Auswahl passen keine Fragen.</translation>
    </message>
    <message>
        <source>Save Sheet as PDF</source>
        <translation>Blatt als PDF speichern</translation>
    </message>
    <message>
        <source>topic-sheet.pdf</source>
        <translation>themenblatt.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>System Design Study</source>
        <translation>System Design Study</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::ProgressDashboard</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Gezeigte Tage</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>reviewed today</source>
        <translation>heute wiederholt</translation>
    </message>
    <message>
        <source>new today</source>
        <translation>heute neu</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due by tonight</source>
        <translation>bis heute Abend fällig</translation>
    </message>
    <message>
        <source>studied today</source>
        <translation>heute gelernt</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>remembered (30 days)</source>
        <translation>behalten (30 Tage)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1
%2: %3 of %4</source>
        <translation>%1
%2: %3 von %4</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Wiederholungen pro Tag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time spent per day</source>
        <translation>Zeit pro Tag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n due</source>
        <translation>
            <numerusform>%1: %n fällig</numerusform>
            <numerusform>%1: %n fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Fällig in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Im Lernen</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jung</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Gefestigt</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Mastery per topic (concepts)</source>
        <translation>Beherrschung pro Thema (Konzepte)</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Remembered per topic (30 days)</source>
        <translation>Behalten pro Thema (30 Tage)</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <source>answers remembered (30 days)</source>
        <translation>Antworten behalten (30 Tage)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>No answers in these %n days yet. Each day you study adds a bar, coloured by your grades.</source>
        <translation>
            <numerusform>Noch keine Antworten in diesem %n Tag. Jeder Lerntag fügt einen Balken hinzu, gefärbt nach Ihren Bewertungen.</numerusform>
            <numerusform>Noch keine Antworten in diesen %n Tagen. Jeder Lerntag fügt einen Balken hinzu, gefärbt nach Ihren Bewertungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No study time in these %n days yet.</source>
        <translation>
            <numerusform>Noch keine Lernzeit an diesem %n Tag.</numerusform>
            <numerusform>Noch keine Lernzeit in diesen %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing comes due in the next 30 days. The questions you study are scheduled here.</source>
        <translation>In den nächsten 30 Tagen ist nichts fällig. Die Fragen, die Sie lernen, werden hier eingeplant.</translation>
    </message>
    <message>
        <source>Every concept is still new. As you study, the bars fill from new to learning, young and mature (back in three weeks or more).</source>
        <translation>Jedes Konzept ist noch neu. Beim Lernen füllen sich die Balken von neu über lernend und jung bis gefestigt (wieder fällig in drei Wochen oder mehr).</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n review(s) remembered</source>
        <translation>
            <numerusform>%1
%2 von %n Wiederholung behalten</numerusform>
            <numerusform>%1
%2 von %n Wiederholungen behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n answer(s) not Again</source>
        <translation>
            <numerusform>%1
%2 von %n Antwort nicht „Nochmal“</numerusform>
            <numerusform>%1
%2 von %n Antworten nicht „Nochmal“</numerusform>
        </translation>
    </message>
    <message>
        <source>A topic shows here once you have answered its questions in the last 30 days.</source>
        <translation>Ein Thema erscheint hier, sobald Sie in den letzten 30 Tagen Fragen daraus beantwortet haben.</translation>
    </message>
    <message>
        <source>So far from your answers while learning. Once questions come back for review, a day or more later, this shows how much you remember over time.</source>
        <translation>Bisher aus Ihren Antworten beim Lernen. Sobald Fragen zur Wiederholung zurückkommen, einen Tag oder später, zeigt dies, wie viel Sie auf Dauer behalten.</translation>
    </message>
    <message>
        <source>Each day you study fills a square, darker the more you answer.</source>
        <translation>Jeder Lerntag füllt ein Feld, umso dunkler, je mehr Sie antworten.</translation>
    </message>
    <message>
        <source>Predicted recall on the day</source>
        <translation>Vorhergesagtes Erinnern am Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 of %n concept(s) seen by the day</source>
        <translation>
            <numerusform>%1
%2 von %n Konzept bis zum Tag gesehen</numerusform>
            <numerusform>%1
%2 von %n Konzepten bis zum Tag gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready for %1? (in %n day(s))</source>
        <translation>
            <numerusform>Bereit für %1? (in %n Tag)</numerusform>
            <numerusform>Bereit für %1? (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following Study Now, predicted recall on the day: %1% of the %n concept(s) that matter (%2 never seen yet).</source>
        <translation>
            <numerusform>Mit „Jetzt lernen“ vorhergesagtes Erinnern am Tag: %1 % des %n wichtigen Konzepts (%2 noch nie gesehen).</numerusform>
            <numerusform>Mit „Jetzt lernen“ vorhergesagtes Erinnern am Tag: %1 % der %n wichtigen Konzepte (%2 noch nie gesehen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your %1 new a day start every one a week before the day: about %2 minutes a day.</source>
        <translation>Ihre %1 neuen pro Tag beginnen jedes eine Woche vor dem Tag: etwa %2 Minuten pro Tag.</translation>
    </message>
    <message>
        <source>At your %1 new a day you would reach only %2 of %3 by then.</source>
        <translation>Mit Ihren %1 neuen pro Tag kämen Sie bis dahin nur auf %2 von %3.</translation>
    </message>
    <message>
        <source>Study Now starts %1 new a day instead of your %2, so that every one starts a week before the day and comes back a few times: about %3 minutes a day instead of %4.</source>
        <translation>„Jetzt lernen“ beginnt %1 neue pro Tag statt Ihrer %2, damit jedes eine Woche vor dem Tag beginnt und einige Male wiederkommt: etwa %3 Minuten pro Tag statt %4.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) right</source>
        <translation>
            <numerusform>%1 von %n Antwort richtig</numerusform>
            <numerusform>%1 von %n Antworten richtig</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimation drills: right per kind of problem</source>
        <translation>Schätzübungen: richtig je Aufgabenart</translation>
    </message>
    <message>
        <source>Your answers to Study &gt; Estimation Drill show here, per kind of problem.</source>
        <translation>Ihre Antworten aus Lernen &gt; Schätzübung erscheinen hier, je Aufgabenart.</translation>
    </message>
    <message>
        <source>diagram cards</source>
        <translation>Diagrammkarten</translation>
    </message>
    <message>
        <source>%1 · %2 due</source>
        <translation>%1 · %2 fällig</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::QuestionHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <source>Back to the question read before</source>
        <translation>Zurück zur zuvor gelesenen Frage</translation>
    </message>
    <message>
        <source>Forward to the question read next</source>
        <translation>Vor zur danach gelesenen Frage</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::QuestionView</name>
    <message>
        <source>Also asked as %1</source>
        <translation>Auch gefragt als %1</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarked as %1. Click to change.</source>
        <translation>Mit Lesezeichen: %1. Klicken zum Ändern.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Not the same question?</source>
        <translation>Nicht dieselbe Frage?</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Verwandt:</translation>
    </message>
    <message>
        <source>Same question as another…</source>
        <translation>Dieselbe Frage wie eine andere…</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::RecallPage</name>
    <message>
        <source>Show Answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>## Nothing to study here now

Due questions and today&apos;s new ones are done, or the scope you chose is empty. Come back later, choose another scope, or raise the number of new questions per day in Preferences.</source>
        <translation>## Hier gibt es gerade nichts zu lernen

Die fälligen und die neuen Fragen von heute sind erledigt, oder der gewählte Umfang ist leer. Kommen Sie später wieder, wählen Sie einen anderen Umfang oder erhöhen Sie die Zahl neuer Fragen pro Tag in den Einstellungen.</translation>
    </message>
    <message>
        <source>## Session done

</source>
        <translation>## Sitzung beendet

</translation>
    </message>
    <message>
        <source>- Answered: **%1**</source>
        <translation>- Beantwortet: **%1**</translation>
    </message>
    <message>
        <source>- Time: **%1 min**</source>
        <translation>- Zeit: **%1 min**</translation>
    </message>
    <message>
        <source>### Missed</source>
        <translation>### Verpasst</translation>
    </message>
    <message numerus="yes">
        <source>Practise the %n Missed Again</source>
        <translation>
            <numerusform>Die verpasste Frage noch einmal üben</numerusform>
            <numerusform>Die %n verpassten noch einmal üben</numerusform>
        </translation>
    </message>
    <message>
        <source>- Right: %1</source>
        <translation>- Richtig: %1</translation>
    </message>
    <message>
        <source>- Remembered: %1</source>
        <translation>- Behalten: %1</translation>
    </message>
    <message>
        <source>- Next review: **in %1** (%2)</source>
        <translation>- Nächste Wiederholung: **in %1** (%2)</translation>
    </message>
    <message>
        <source>- Nothing is scheduled yet.</source>
        <translation>- Noch nichts ist eingeplant.</translation>
    </message>
    <message>
        <source>**%1%** (%2 of %3)</source>
        <translation>**%1 %** (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>## Session ended

Nothing was answered, so nothing was scheduled. The %n question(s) of this session wait for the next one.</source>
        <translation>
            <numerusform>## Sitzung beendet

Nichts wurde beantwortet, also wurde nichts geplant. Die Frage dieser Sitzung wartet auf die nächste.</numerusform>
            <numerusform>## Sitzung beendet

Nichts wurde beantwortet, also wurde nichts geplant. Die %n Fragen dieser Sitzung warten auf die nächste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::RetentionAdvisor</name>
    <message>
        <source>Choose a Desired Retention</source>
        <translation>Gewünschte Behaltensrate wählen</translation>
    </message>
    <message>
        <source>Simulating a year of study at each retention…</source>
        <translation>Ein Jahr Lernen wird für jede Behaltensrate simuliert…</translation>
    </message>
    <message>
        <source>Use It</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>Remembered after a year</source>
        <translation>Nach einem Jahr behalten</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensrate</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Use %1%</source>
        <translation>%1 % nutzen</translation>
    </message>
    <message>
        <source>&amp;Least Work</source>
        <translation>&amp;Wenigste Arbeit</translation>
    </message>
    <message>
        <source>&amp;Least Work: %1%</source>
        <translation>&amp;Wenigste Arbeit: %1 %</translation>
    </message>
    <message>
        <source>At %1%: about %2 minutes a day over the next year, and %3 of %4 concepts remembered at its end.</source>
        <translation>Bei %1 %: im nächsten Jahr etwa %2 Minuten pro Tag, und an seinem Ende %3 von %4 Konzepten behalten.</translation>
    </message>
    <message>
        <source>That is your setting now.</source>
        <translation>Das ist Ihre jetzige Einstellung.</translation>
    </message>
    <message>
        <source>%1% asks the least work per concept remembered (%2 minutes a day, %3 remembered); higher retention costs more minutes for each concept it keeps.</source>
        <translation>%1 % verlangt die wenigste Arbeit pro behaltenem Konzept (%2 Minuten pro Tag, %3 behalten); eine höhere Behaltensrate kostet mehr Minuten für jedes Konzept, das sie hält.</translation>
    </message>
    <message>
        <source>Click the chart to pick another retention.</source>
        <translation>Klicken Sie in das Diagramm, um eine andere Behaltensrate zu wählen.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SchedulerFitter</name>
    <message>
        <source>The fit was stopped.</source>
        <translation>Die Anpassung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to score a new fit; the last one is kept.</source>
        <translation>Zu wenige Antworten mit einem Tag oder mehr Abstand, um eine neue Anpassung zu bewerten; die letzte bleibt.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SchedulerPage</name>
    <message>
        <source>&amp;Use FSRS-6&apos;s default parameters, not ones fitted to my answers</source>
        <translation>&amp;Standardparameter von FSRS-6 nutzen, nicht an meine Antworten angepasste</translation>
    </message>
    <message>
        <source>Fitting runs by itself in the background from %1 answers on, then after every %2 new answers or once a week. Fitted parameters are used only when they predict answers they were not fitted on better than the defaults.</source>
        <translation>Die Anpassung läuft ab %1 Antworten von selbst im Hintergrund, danach alle %2 neuen Antworten oder einmal pro Woche. Angepasste Parameter werden nur genutzt, wenn sie Antworten, an die nicht angepasst wurde, besser vorhersagen als die Standardwerte.</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Optimize Now</source>
        <translation>&amp;Jetzt optimieren</translation>
    </message>
    <message numerus="yes">
        <source>In use: parameters fitted to your %Ln answer(s) on %1.</source>
        <translation>
            <numerusform>In Gebrauch: am %1 an Ihre %Ln Antwort angepasste Parameter.</numerusform>
            <numerusform>In Gebrauch: am %1 an Ihre %Ln Antworten angepasste Parameter.</numerusform>
        </translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters, as you chose.</source>
        <translation>In Gebrauch: die Standardparameter von FSRS-6, wie Sie gewählt haben.</translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters. Fitting to your own answers starts at %1 answers; you have %2.</source>
        <translation>In Gebrauch: die Standardparameter von FSRS-6. Die Anpassung an Ihre eigenen Antworten beginnt bei %1 Antworten; Sie haben %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scored on %Ln later answer(s) that no fit had seen (lower is better):
log loss: fitted %1, defaults %2
RMSE over bins: fitted %3, defaults %4</source>
        <translation>
            <numerusform>Bewertet an %Ln späteren Antwort, die keine Anpassung kannte (kleiner ist besser):
Log-Loss: angepasst %1, Standard %2
RMSE über Klassen: angepasst %3, Standard %4</numerusform>
            <numerusform>Bewertet an %Ln späteren Antworten, die keine Anpassung kannte (kleiner ist besser):
Log-Loss: angepasst %1, Standard %2
RMSE über Klassen: angepasst %3, Standard %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few answers a day or more apart to score a fit yet.</source>
        <translation>Noch zu wenige Antworten mit einem Tag oder mehr Abstand, um eine Anpassung zu bewerten.</translation>
    </message>
    <message>
        <source>Last fit:</source>
        <translation>Letzte Anpassung:</translation>
    </message>
    <message>
        <source>Defaults:</source>
        <translation>Standardwerte:</translation>
    </message>
    <message>
        <source>Log loss: how surprised the model was by your answers, on average. RMSE over bins: how far predicted recall was from the recall you showed, in groups of similar reviews.</source>
        <translation>Log-Loss: wie sehr Ihre Antworten das Modell im Mittel überrascht haben. RMSE über Klassen: wie weit das vorhergesagte Erinnern von Ihrem gezeigten abwich, in Gruppen ähnlicher Wiederholungen.</translation>
    </message>
    <message>
        <source>FSRS-6&apos;s 21 parameters: w0-w3 the stability after a first answer of Again, Hard, Good or Easy, w4-w7 difficulty, w8-w16 how stability grows or falls, w17-w19 same-day reviews, w20 how fast recall decays.</source>
        <translation>Die 21 Parameter von FSRS-6: w0-w3 die Stabilität nach einer ersten Antwort Nochmal, Schwer, Gut oder Leicht, w4-w7 die Schwierigkeit, w8-w16 wie die Stabilität wächst oder fällt, w17-w19 Wiederholungen am selben Tag, w20 wie schnell das Erinnern nachlässt.</translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters. The fit of %1 had too few answers a day or more apart to be scored.</source>
        <translation>In Gebrauch: die Standardparameter von FSRS-6. Die Anpassung vom %1 hatte zu wenige Antworten mit einem Tag oder mehr Abstand, um bewertet zu werden.</translation>
    </message>
    <message>
        <source>In use: FSRS-6&apos;s default parameters. The fit of %1 did not predict your answers better than the defaults do.</source>
        <translation>In Gebrauch: die Standardparameter von FSRS-6. Die Anpassung vom %1 hat Ihre Antworten nicht besser vorhergesagt als die Standardwerte.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SearchResultsModel</name>
    <message>
        <source>#%1 · %2
%3</source>
        <translation>#%1 · %2
%3</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 · #%2 · %3</source>
        <translation>%1 · #%2 · %3</translation>
    </message>
    <message>
        <source>%1 · in your note</source>
        <translation>%1 · in Ihrer Notiz</translation>
    </message>
    <message>
        <source>%1 · in your note on #%2</source>
        <translation>%1 · in Ihrer Notiz zu #%2</translation>
    </message>
    <message>
        <source>%1 · found in #%2</source>
        <translation>%1 · gefunden in #%2</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::SessionSetupDialog</name>
    <message>
        <source>Start a Study Session</source>
        <translation>Eine Lernsitzung starten</translation>
    </message>
    <message>
        <source>Due now, then today&apos;s new questions</source>
        <translation>Jetzt fällige, dann die neuen Fragen von heute</translation>
    </message>
    <message>
        <source>Whole bank</source>
        <translation>Ganze Sammlung</translation>
    </message>
    <message>
        <source>Chosen topics</source>
        <translation>Gewählte Themen</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Flagged %1</source>
        <translation>Markiert als %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Never studied</source>
        <translation>Nie gelernt</translation>
    </message>
    <message>
        <source>Weak: forgotten twice or more</source>
        <translation>Schwach: zweimal oder öfter vergessen</translation>
    </message>
    <message>
        <source>Missed in the last session</source>
        <translation>In der letzten Sitzung verpasst</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>A mock interview asks only “Design …” questions</source>
        <translation>Ein Probeinterview stellt nur „Design …“-Fragen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Questions from:</source>
        <translation>&amp;Fragen aus:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Tick one or more topics.</source>
        <translation>Haken Sie ein oder mehrere Themen an.</translation>
    </message>
    <message>
        <source>No questions in this choice right now.</source>
        <translation>Zu dieser Auswahl gibt es gerade keine Fragen.</translation>
    </message>
    <message>
        <source>Questions: %1 (%2 due, %3 new, %4 ahead of time)</source>
        <translation>Fragen: %1 (%2 fällig, %3 neu, %4 vorzeitig)</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::StudyDialog</name>
    <message>
        <source>Recall</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Multiple Choice</source>
        <translation>Multiple Choice</translation>
    </message>
    <message>
        <source>Typed Recall</source>
        <translation>Getippte Antwort</translation>
    </message>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>Show my &amp;note</source>
        <translation>Meine &amp;Notiz zeigen</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Lernen: %1</translation>
    </message>
    <message>
        <source> · Coming back: %1</source>
        <translation> · Kommen wieder: %1</translation>
    </message>
    <message>
        <source>To go: %1%2 · Answered: %3 · %4</source>
        <translation>Offen: %1%2 · Beantwortet: %3 · %4</translation>
    </message>
    <message>
        <source>A Leech</source>
        <translation>Ein hartnäckiger Fall</translation>
    </message>
    <message>
        <source>You have forgotten “%1” %2 times, so it is now flagged Hard. A note in your own words, or a look at its topic, may help it stick.</source>
        <translation>Sie haben „%1“ %2-mal vergessen, daher ist die Frage jetzt als Schwer markiert. Eine Notiz in eigenen Worten oder ein Blick auf ihr Thema hilft vielleicht, dass sie hängen bleibt.</translation>
    </message>
    <message>
        <source>Answer Not Saved</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Your answer could not be saved:
%1</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>End This Session?</source>
        <translation>Diese Sitzung beenden?</translation>
    </message>
    <message>
        <source>Your answers so far are saved. End the session and see how it went?</source>
        <translation>Ihre bisherigen Antworten sind gespeichert. Die Sitzung beenden und sehen, wie sie lief?</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Studying</source>
        <translation>&amp;Weiterlernen</translation>
    </message>
    <message>
        <source>Scratch Pad Not Saved</source>
        <translation>Notizblock nicht gespeichert</translation>
    </message>
    <message>
        <source>Your scratch pad could not be saved, so this window stays open. Copy the text somewhere safe, or close again once the problem is solved.</source>
        <translation>Ihr Notizblock konnte nicht gespeichert werden, deshalb bleibt dieses Fenster offen. Kopieren Sie den Text an einen sicheren Ort oder schließen Sie erneut, wenn das Problem behoben ist.</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::StudyLauncher</name>
    <message>
        <source>Study &amp;Now (Recall)</source>
        <translation>&amp;Jetzt lernen (Abrufen)</translation>
    </message>
    <message>
        <source>&amp;Multiple Choice</source>
        <translation>&amp;Multiple Choice</translation>
    </message>
    <message>
        <source>&amp;Typed Recall</source>
        <translation>&amp;Getippte Antwort</translation>
    </message>
    <message>
        <source>Due questions, then today&apos;s new ones (F5)</source>
        <translation>Fällige Fragen, dann die neuen von heute (F5)</translation>
    </message>
    <message>
        <source>Mock &amp;Interview</source>
        <translation>&amp;Probeinterview</translation>
    </message>
    <message>
        <source>A timed “Design …” question with a scratch pad: the one on show, or the next one due</source>
        <translation>Eine „Design …“-Frage auf Zeit mit Notizblock: die gezeigte oder die nächste fällige</translation>
    </message>
    <message>
        <source>&amp;Start Session…</source>
        <translation>Sitzung &amp;starten…</translation>
    </message>
    <message>
        <source>Choose topics, bookmarks, weak or missed questions, the size and the mode</source>
        <translation>Themen, Lesezeichen, schwache oder verpasste Fragen, Umfang und Modus wählen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>Reviews, forecast, mastery and retention per topic (F6)</source>
        <translation>Wiederholungen, Vorschau, Beherrschung und Behalten pro Thema (F6)</translation>
    </message>
    <message>
        <source>Study Now · all done</source>
        <translation>Jetzt lernen · alles erledigt</translation>
    </message>
    <message>
        <source>Study Now · %1 due · %2 new</source>
        <translation>Jetzt lernen · %1 fällig · %2 neu</translation>
    </message>
    <message>
        <source>Interview &amp;Dates…</source>
        <translation>Interview&amp;termine…</translation>
    </message>
    <message>
        <source>&amp;Estimation Drill…</source>
        <translation>Schät&amp;zübung…</translation>
    </message>
    <message>
        <source>Back-of-the-envelope problems with fresh numbers: QPS, storage, bandwidth, servers, shards, partitions, latency</source>
        <translation>Überschlagsaufgaben mit frischen Zahlen: QPS, Speicher, Bandbreite, Server, Shards, Partitionen, Latenz</translation>
    </message>
    <message>
        <source>Dia&amp;gram Cards…</source>
        <translation>&amp;Diagrammkarten…</translation>
    </message>
    <message>
        <source>Diagrams with one component hidden: name it, then grade yourself</source>
        <translation>Diagramme mit einer verdeckten Komponente: benennen Sie sie, dann bewerten Sie sich</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::TopicTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::TypedPage</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Type the key points of the answer, then Ctrl+Enter</source>
        <translation>Tippen Sie die Kernpunkte der Antwort, dann Strg+Eingabe</translation>
    </message>
    <message>
        <source>Check (Ctrl+Enter)</source>
        <translation>Prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>**Key terms you had** (%1 of %2): %3</source>
        <translation>**Schlüsselbegriffe, die Sie hatten** (%1 von %2): %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>**Missed**: %1</source>
        <translation>**Gefehlt**: %1</translation>
    </message>
    <message>
        <source>**You wrote:**</source>
        <translation>**Du hast geschrieben:**</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WelcomeBar</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Ctrl+F searches, Alt+Down walks the questions, Ctrl+D bookmarks, F5 starts studying, F9 shows the diagrams, F1 opens the guide.</source>
        <translation>&lt;b&gt;Willkommen.&lt;/b&gt; Strg+F sucht, Alt+Ab geht die Fragen durch, Strg+D setzt ein Lesezeichen, F5 startet das Lernen, F9 zeigt die Diagramme, F1 öffnet die Anleitung.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide the welcome</source>
        <translation>Die Begrüßung ausblenden</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::Whiteboard</name>
    <message>
        <source>Add a component: type cache, Kafka, load balancer… and press Enter</source>
        <translation>Komponente hinzufügen: Cache, Kafka, Load Balancer … eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Add a component by name</source>
        <translation>Komponente per Name hinzufügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Draw Arrows</source>
        <translation>&amp;Pfeile zeichnen</translation>
    </message>
    <message>
        <source>Drag from one component to another to connect them; off, dragging moves</source>
        <translation>Von einer Komponente zur anderen ziehen, um sie zu verbinden; aus: Ziehen verschiebt</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect the selected components in the order you selected them (Ctrl+L)</source>
        <translation>Die ausgewählten Komponenten in der Reihenfolge der Auswahl verbinden (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Add a text box: numbers, requirements, notes (or double-click the board)</source>
        <translation>Textfeld hinzufügen: Zahlen, Anforderungen, Notizen (oder Doppelklick auf das Board)</translation>
    </message>
    <message>
        <source>&amp;Frame</source>
        <translation>&amp;Rahmen</translation>
    </message>
    <message>
        <source>Draw a labelled frame around what is selected: a region, a tier, a path</source>
        <translation>Einen beschrifteten Rahmen um die Auswahl ziehen: eine Region, eine Schicht, ein Pfad</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Start again on an empty board (Undo brings the drawing back)</source>
        <translation>Auf einem leeren Board neu beginnen (Rückgängig holt die Zeichnung zurück)</translation>
    </message>
    <message>
        <source>Path of the selected arrows</source>
        <translation>Pfad der ausgewählten Pfeile</translation>
    </message>
    <message>
        <source>Mark the selected arrows as the read path, the write path or asynchronous</source>
        <translation>Die ausgewählten Pfeile als Lesepfad, Schreibpfad oder asynchron markieren</translation>
    </message>
    <message>
        <source>No path</source>
        <translation>Kein Pfad</translation>
    </message>
    <message>
        <source>Read path</source>
        <translation>Lesepfad</translation>
    </message>
    <message>
        <source>Write path</source>
        <translation>Schreibpfad</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Einrasten</translation>
    </message>
    <message>
        <source>Snap to the grid</source>
        <translation>Am Raster einrasten</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole drawing (0); Ctrl+wheel, + and - zoom; the wheel, the middle button or Space and drag move the board</source>
        <translation>Die ganze Zeichnung zeigen (0); Strg+Mausrad, + und - zoomen; Mausrad, mittlere Taste oder Leertaste und Ziehen verschieben das Board</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the sketch as a PNG picture or an SVG drawing</source>
        <translation>Die Skizze als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Show the reference architecture beside your sketch, with what you have, what you missed and what you added</source>
        <translation>Die Referenzarchitektur neben Ihrer Skizze zeigen: was Sie haben, was fehlt und was Sie ergänzt haben</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Drag a component onto the board, or double-click it to add it</source>
        <translation>Eine Komponente aufs Board ziehen oder doppelklicken, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>What your sketch has of the reference</source>
        <translation>Was Ihre Skizze von der Referenz enthält</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Drag components from the list, or type one above; Ctrl+L connects the selected ones.</source>
        <translation>Komponenten aus der Liste ziehen oder oben eintippen; Strg+L verbindet die ausgewählten.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your sketch stays here and is saved as soon as possible.</source>
        <translation>Nicht gespeichert: %1. Ihre Skizze bleibt hier und wird so bald wie möglich gespeichert.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message numerus="yes">
        <source>The board holds at most %n component(s).</source>
        <translation>
            <numerusform>Das Board fasst höchstens %n Komponente.</numerusform>
            <numerusform>Das Board fasst höchstens %n Komponenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Sketch</source>
        <translation>Skizze exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Sketch Not Exported</source>
        <translation>Skizze nicht exportiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Missed: %n component(s)</source>
        <translation>
            <numerusform>Fehlt: %n Komponente</numerusform>
            <numerusform>Fehlt: %n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have: %n component(s)</source>
        <translation>
            <numerusform>Vorhanden: %n Komponente</numerusform>
            <numerusform>Vorhanden: %n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1, as your %2</source>
        <translation>✓ %1, als Ihr %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Connections missed between what you have: %n</source>
        <translation>
            <numerusform>Fehlende Verbindung zwischen Vorhandenem: %n</numerusform>
            <numerusform>Fehlende Verbindungen zwischen Vorhandenem: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the reference: %n component(s)</source>
        <translation>
            <numerusform>Nicht in der Referenz: %n Komponente</numerusform>
            <numerusform>Nicht in der Referenz: %n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>The sketch was changed elsewhere; this is the one kept now.</source>
        <translation>Die Skizze wurde anderswo geändert; dies ist die jetzt gespeicherte.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; as a service: right-click it to choose another kind.</source>
        <translation>„%1“ als Dienst hinzugefügt: Rechtsklick darauf wählt eine andere Art.</translation>
    </message>
    <message>
        <source>sketch</source>
        <translation>skizze</translation>
    </message>
    <message>
        <source>This question has no reference architecture to compare with</source>
        <translation>Diese Frage hat keine Referenzarchitektur zum Vergleichen</translation>
    </message>
    <message>
        <source>The reference shows once the answer does</source>
        <translation>Die Referenz erscheint mit der Antwort</translation>
    </message>
    <message>
        <source>Against &quot;%1&quot;: %2 of %3 components, %4 of %5 connections, coverage %6%</source>
        <translation>Gegen „%1“: %2 von %3 Komponenten, %4 von %5 Verbindungen, Abdeckung %6 %</translation>
    </message>
    <message>
        <source>½ %1, as your %2: the kind fits; name it to count in full</source>
        <translation>½ %1, als Ihr %2: die Art passt; benennen Sie es, damit es voll zählt</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WhiteboardScene</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Add Text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Add Frame</source>
        <translation>Rahmen hinzufügen</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Beschriftung ändern</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Zu %1 machen</translation>
    </message>
    <message>
        <source>Set Path</source>
        <translation>Pfad setzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WhiteboardView</name>
    <message>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>Draw the architecture: add components from the palette or by typing their name, connect them, label them.</source>
        <translation>Die Architektur zeichnen: Komponenten aus der Palette oder per Name hinzufügen, verbinden, beschriften.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>&amp;Beschriftung ändern</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Read Path</source>
        <translation>&amp;Lesepfad</translation>
    </message>
    <message>
        <source>&amp;Write Path</source>
        <translation>&amp;Schreibpfad</translation>
    </message>
    <message>
        <source>&amp;Async</source>
        <translation>&amp;Asynchron</translation>
    </message>
    <message>
        <source>&amp;No Path</source>
        <translation>&amp;Kein Pfad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Text</source>
        <translation>&amp;Text hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>sdstudy::widgets::WhiteboardWindow</name>
    <message>
        <source>Whiteboard: %1</source>
        <translation>Whiteboard: %1</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
</TS>
