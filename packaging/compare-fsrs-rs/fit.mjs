// Fits fsrs-rs to a review-log CSV in UTC with the day turning at 4 am, as
// `sdstudy optimize --revlog` reads it, and prints the parameters and the
// held-out scores of its five time-series splits as JSON.
import { readFileSync } from 'node:fs'
import {
  computeParameters,
  convertCsvToFsrsItems,
  evaluateWithTimeSeriesSplits,
} from '@open-spaced-repetition/binding'

const file = process.argv[2]
const items = convertCsvToFsrsItems(readFileSync(file), 4, 'UTC', () => 0)
const options = { enableShortTerm: true, numRelearningSteps: 1 }
const started = performance.now()
const parameters = await computeParameters(items, options)
const fitMs = performance.now() - started
const evaluation = await evaluateWithTimeSeriesSplits(items, options)
console.log(JSON.stringify({
  items: items.length,
  parameters,
  log_loss: evaluation.logLoss,
  rmse_bins: evaluation.rmseBins,
  fit_ms: Math.round(fitMs),
}))
