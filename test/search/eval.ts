/** `npm run eval:search`: prints the relevance figures and every query that misses. */
import { evaluate } from './relevance.ts'

const { overall, byCategory, results } = await evaluate()
const row = (name: string, s: { mrr: number; recall: number; ndcg: number; count: number }) =>
  `| ${name.padEnd(11)} | ${String(s.count).padStart(3)} | ${s.mrr.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.ndcg.toFixed(3)} |`
console.log('| category    |   n | MRR@10 | recall@10 | nDCG@10 |')
console.log('|---|---|---|---|---|')
for (const [name, s] of Object.entries(byCategory)) console.log(row(name, s))
console.log(row('overall', overall))
const misses = results.filter((r) => r.scores.mrr < 1 || r.scores.recall < 1)
if (misses.length) {
  console.log('\nNot perfect:')
  for (const m of misses) console.log(`- [${m.category}] "${m.q}": want ${m.relevant.join(', ')}; got ${m.top.slice(0, 5).join(', ')}`)
}
