// Validates the synthetic datasets' answer keys against their schema.sql.
// Usage: node eval/datasets/_synth/check.mjs [dataset ...]   (default: every sibling folder with a generate.mjs)
// Checks: every column of every CREATE TABLE (jsonb columns: every leaf path from the `-- jsonb-paths` lines) is labelled
// exactly once and nothing else is; category ids exist in rules/categories.ts; personal in {Y,N,~}; sensitive in {S,-};
// evidence in {V,N}; Y rows name a category; N rows use '-' or an organization.* id; a Y row marked S with a category
// the taxonomy calls non-sensitive explains why in the note. Y rows marked '-' whose category the taxonomy calls
// sensitive are printed as warnings (the labels are the examiner's judgement, not pimap's).
import console from 'node:console'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { URL } from 'node:url'

const here = new URL('./', import.meta.url)
const root = new URL('../', here)
const catSrc = readFileSync(new URL('../../rules/categories.ts', root), 'utf8')
const sensitivity = new Map()
for (const m of catSrc.matchAll(/\{\s*id: '([^']+)',[\s\S]*?sensitivity: '(\w+)'/g))
  sensitivity.set(m[1], m[2])
for (const m of catSrc.matchAll(/group\(\s*'([^']+)'/g)) sensitivity.set(m[1], 'personal')

function parseCsv(text) {
  const rows = []
  let row = [],
    field = '',
    quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f !== '')) rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
const unq = (id) => (id.startsWith('"') ? id.slice(1, -1).replace(/""/g, '"') : id)

function schemaFields(sql) {
  const fields = [],
    tables = []
  const jsonPaths = new Map()
  for (const m of sql.matchAll(/^-- jsonb-paths (.+?)\.(.+?): (.*)$/gm))
    jsonPaths.set(`${m[1]}\t${m[2]}`, m[3].split(', ').filter(Boolean))
  for (const m of sql.matchAll(/^CREATE TABLE ("(?:[^"]|"")+"|\S+) \(\n([\s\S]*?)\n\);/gm)) {
    const table = unq(m[1])
    tables.push(table)
    for (const line of m[2].split('\n')) {
      const cm = /^\s+("(?:[^"]|"")+"|[^\s"]+)\s+(.+?),?$/.exec(line)
      if (!cm) throw new Error(`cannot parse column line: ${line}`)
      const col = unq(cm[1])
      if (/^(PRIMARY|UNIQUE|CONSTRAINT|FOREIGN|CHECK)$/i.test(col)) continue
      if (/^jsonb/i.test(cm[2])) {
        const paths = jsonPaths.get(`${table}\t${col}`)
        if (!paths?.length) throw new Error(`${table}.${col} is jsonb but has no jsonb-paths line`)
        for (const p of paths) fields.push(`${table}\t${col}.${p}`)
      } else fields.push(`${table}\t${col}`)
    }
  }
  return { fields, tables }
}

const argv = process.argv.slice(2)
const names = argv.length
  ? argv
  : readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/generate.mjs`, root)))
      .map((d) => d.name)
      .sort()
let errors = 0
const err = (ds, msg) => {
  errors++
  console.log(`ERROR ${ds}: ${msg}`)
}
const warn = (ds, msg) => console.log(`WARN  ${ds}: ${msg}`)
const totals = { tables: 0, labels: 0, Y: 0, N: 0, '~': 0 }
for (const ds of names) {
  const dir = new URL(`${ds}/`, root)
  const sqlFiles = readdirSync(dir).filter((f) => f.endsWith('.sql'))
  if (sqlFiles.length !== 1) {
    err(ds, `expected exactly one .sql file, found ${sqlFiles.join(', ')}`)
    continue
  }
  const { fields, tables } = schemaFields(readFileSync(new URL(sqlFiles[0], dir), 'utf8'))
  const rows = parseCsv(readFileSync(new URL('labels.csv', dir), 'utf8'))
  const header = rows.shift().join(',')
  if (header !== 'dataset,object,field,category,personal,sensitive,evidence,note')
    err(ds, `bad header ${header}`)
  const seen = new Map()
  const counts = { Y: 0, N: 0, '~': 0 }
  for (const [i, r] of rows.entries()) {
    const where = `labels.csv line ${i + 2}`
    if (r.length !== 8) {
      err(ds, `${where}: ${r.length} fields`)
      continue
    }
    const [dataset, object, field, category, personal, sens, evidence, note] = r
    if (dataset !== ds) err(ds, `${where}: dataset ${dataset}`)
    if (object.includes('/') || field.includes(','))
      err(ds, `${where}: grouped object/field not allowed here`)
    const key = `${object}\t${field}`
    if (seen.has(key)) err(ds, `${where}: duplicate of line ${seen.get(key)} (${object}.${field})`)
    seen.set(key, i + 2)
    if (!['Y', 'N', '~'].includes(personal)) err(ds, `${where}: personal ${personal}`)
    else counts[personal]++
    if (!['S', '-'].includes(sens)) err(ds, `${where}: sensitive ${sens}`)
    if (!['V', 'N'].includes(evidence)) err(ds, `${where}: evidence ${evidence}`)
    if (category !== '-' && !sensitivity.has(category)) err(ds, `${where}: unknown category ${category}`)
    if (personal === 'Y' && category === '-') err(ds, `${where}: Y needs a category`)
    if (personal === 'N' && category !== '-' && !category.startsWith('organization'))
      err(ds, `${where}: N row with personal category ${category}`)
    if (personal === 'N' && sens === 'S') err(ds, `${where}: N row marked S`)
    // The examiner's sensitivity is independent of pimap's taxonomy; disagreements are reported, not failed.
    if (personal === 'Y' && sensitivity.get(category) === 'sensitive' && sens !== 'S')
      warn(ds, `${where}: taxonomy says ${category} is sensitive; label says - (${note || 'no note'})`)
    if (personal === 'Y' && sensitivity.get(category) === 'personal' && sens === 'S' && !note)
      err(ds, `${where}: S on a non-sensitive category needs a note`)
  }
  const expected = new Set(fields)
  for (const f of expected) if (!seen.has(f)) err(ds, `unlabelled column ${f.replace('\t', '.')}`)
  for (const k of seen.keys())
    if (!expected.has(k)) err(ds, `label for non-existent column ${k.replace('\t', '.')}`)
  console.log(
    `${ds.padEnd(16)} tables ${String(tables.length).padStart(2)}  labelled ${String(rows.length).padStart(3)}  Y ${String(counts.Y).padStart(3)}  N ${String(counts.N).padStart(3)}  ~ ${String(counts['~']).padStart(3)}`,
  )
  totals.tables += tables.length
  totals.labels += rows.length
  for (const k of ['Y', 'N', '~']) totals[k] += counts[k]
}
console.log(
  `${'TOTAL'.padEnd(16)} tables ${String(totals.tables).padStart(2)}  labelled ${String(totals.labels).padStart(3)}  Y ${String(totals.Y).padStart(3)}  N ${String(totals.N).padStart(3)}  ~ ${String(totals['~']).padStart(3)}`,
)
if (errors) {
  console.log(`${errors} error(s)`)
  process.exit(1)
}
console.log('OK')
