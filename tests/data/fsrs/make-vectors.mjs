// Makes fsrs-vectors.json: review histories run through ts-fsrs, a public reference
// implementation of FSRS-6, with its defaults (fuzz off, learning steps 1m/10m,
// relearning 10m, retention 0.9). tst_fsrs replays the same histories through the
// app's scheduler and must agree. Not needed to build or test; to remake:
//   npm install ts-fsrs@5 && node make-vectors.mjs > fsrs-vectors.json
import { createEmptyCard, fsrs, FSRSVersion } from 'ts-fsrs';

const scheduler = fsrs({ enable_fuzz: false });
const start = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
// Each step: [rating 1-4, minutes after the previous review (the first: after start)].
const histories = {
  'good all the way': [[3, 0], [3, 10], [3, 1440], [3, 4320], [3, 20160], [3, 43200]],
  'easy first': [[4, 0], [4, 1440 * 8], [3, 1440 * 40]],
  'again then learn': [[1, 0], [1, 1], [2, 1], [3, 6], [3, 10], [3, 1440]],
  'hard steps': [[2, 0], [2, 6], [3, 6], [2, 1440 * 2], [2, 1440 * 3]],
  'lapse and relearn': [[3, 0], [3, 10], [3, 1440 * 3], [1, 1440 * 9], [1, 10], [2, 10], [3, 15], [3, 1440]],
  'late reviews': [[3, 0], [3, 10], [3, 1440 * 30], [3, 1440 * 200], [1, 1440 * 400], [3, 10], [4, 1440 * 5]],
  'same-day review': [[3, 0], [3, 10], [3, 1440 * 2], [3, 60], [2, 30], [4, 1440]],
  'many lapses': [[3, 0], [3, 10], [1, 1440], [3, 10], [1, 1440 * 2], [3, 10], [1, 1440 * 3], [3, 10], [3, 1440 * 2]],
};

const out = { generator: `ts-fsrs ${FSRSVersion}`, start: start.toISOString(), histories: {} };
for (const [name, steps] of Object.entries(histories)) {
  let card = createEmptyCard(start);
  let now = start;
  const results = [];
  for (const [rating, minutes] of steps) {
    now = new Date(now.getTime() + minutes * 60000);
    card = scheduler.next(card, now, rating).card;
    results.push({
      rating, at: now.toISOString(), state: card.state, stability: card.stability, difficulty: card.difficulty,
      due: card.due.toISOString(), scheduled_days: card.scheduled_days, learning_steps: card.learning_steps,
      reps: card.reps, lapses: card.lapses,
    });
  }
  out.histories[name] = results;
}
console.log(JSON.stringify(out, null, 1));
