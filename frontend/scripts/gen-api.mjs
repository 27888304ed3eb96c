// The API client's types, from the OpenAPI document the backend dumps (npm run openapi:dump):
//   node scripts/gen-api.mjs openapi.json src/api/schema.d.ts
// tests/unit/test_openapi.py runs this same script to tell when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import ts from 'typescript'

const [input, output] = process.argv.slice(2)
if (!input || !output) throw new Error('usage: node scripts/gen-api.mjs <openapi.json> <out.d.ts>')

const BLOB = ts.factory.createTypeReferenceNode('Blob')
const ast = await openapiTS(JSON.parse(readFileSync(input, 'utf8')), {
  // A field with a default may be left out of a request. (Responses list such fields as
  // `required` themselves: pydantic's serialization schemas do.)
  defaultNonNullable: false,
  // File content (OpenAPI 3.1 `contentMediaType`, 3.0 `format: binary`) goes out as a Blob or a
  // File; openapi-typescript would call it a string.
  transform: (schema) => (schema.contentMediaType || schema.format === 'binary' ? BLOB : undefined),
})
writeFileSync(output, COMMENT_HEADER + astToString(ast))
