// A client nobody on the newsflow team wrote: kafkajs and Confluent's schema registry client from npm, used as a
// JavaScript team would use them. Driven by ThirdPartyClientIT; prints one JSON document on stdout.
//
//   node client.mjs produce   registers RawArticle from the .avsc files, sends an HTML article (keyed by its id),
//                             a TEXT article without a key, and a tombstone for the HTML article
//   node client.mjs consume   reads NEWSFLOW_EXPECTED records of the enriched topic from the start and decodes them
//
// Settings come from the environment: NEWSFLOW_BOOTSTRAP, NEWSFLOW_REGISTRY, NEWSFLOW_RAW_TOPIC,
// NEWSFLOW_ENRICHED_TOPIC, NEWSFLOW_AVSC_DIR, NEWSFLOW_EXPECTED.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import registryClient from '@kafkajs/confluent-schema-registry';
import avsc from 'avsc';

const { Kafka, logLevel } = kafkajs;
const { SchemaRegistry, SchemaType } = registryClient;
const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const kafka = new Kafka({ clientId: 'third-party-js', brokers: [env('NEWSFLOW_BOOTSTRAP')], logLevel: logLevel.WARN });

/** A record schema as a client without our Java classes sees it: the .avsc with the shared enums written in. */
function schemaFromAvsc(file) {
  const dir = env('NEWSFLOW_AVSC_DIR');
  const named = {};
  for (const shared of ['SourceType.avsc', 'ContentType.avsc']) {
    const schema = JSON.parse(readFileSync(join(dir, shared), 'utf8'));
    named[schema.name] = schema;
  }
  const record = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const field of record.fields) {
    if (typeof field.type === 'string' && named[field.type]) {
      field.type = named[field.type];
    }
  }
  return record;
}

const idOf = (url) => createHash('sha256').update(url).digest('hex').slice(0, 32);

async function produce() {
  const registry = new SchemaRegistry({ host: env('NEWSFLOW_REGISTRY') });
  const topic = env('NEWSFLOW_RAW_TOPIC');
  const { id: schemaId } = await registry.register(
    { type: SchemaType.AVRO, schema: JSON.stringify(schemaFromAvsc('RawArticle.avsc')) }, { subject: `${topic}-value` });

  const htmlUrl = 'https://js.example/news/harbour-bridge';
  const html = {
    id: idOf(htmlUrl), sourceId: 'js-client', sourceType: 'PUSH', url: htmlUrl, contentType: 'HTML',
    content: '<html lang="en"><head><title>Harbour bridge reopens after repairs</title></head><body>'
      + '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harbour bridge reopens after '
      + 'repairs</h1><p>The harbour bridge in Northport reopened on Monday after eight months of repairs, the city '
      + 'council said.</p><p>Engineers replaced the cables and the deck, and traffic returned to both lanes in the '
      + 'morning.</p></article><footer>Share this story</footer></body></html>',
    title: null, publishedAt: null, fetchedAt: Date.now(), hints: {},
  };
  const textUrl = 'https://js.example/news/council-budget';
  const text = {
    id: idOf(textUrl), sourceId: 'js-client', sourceType: 'PUSH', url: textUrl, contentType: 'TEXT',
    content: 'The city council of Northport approved a budget of 40 million euros for the harbour on Tuesday, '
      + 'with most of the money going to new quays and a ferry terminal.',
    title: 'Council approves the harbour budget', publishedAt: null, fetchedAt: Date.now(),
    hints: { language: 'en' },
  };

  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic,
    messages: [
      { key: html.id, value: await registry.encode(schemaId, html) },
      { key: null, value: await registry.encode(schemaId, text) }, // a producer that sets no key
      { key: html.id, value: null }, // delete the HTML article
    ],
  });
  await producer.disconnect();
  return { schemaId, html: html.id, text: text.id, textBody: text.content, textTitle: text.title };
}

/**
 * JavaScript numbers are exact only up to 2^53, and avsc refuses longs beyond that by default ("potential precision
 * loss"); simhash is a 64-bit fingerprint. The documented client setting: read Avro longs as BigInt.
 */
const bigIntLong = avsc.types.LongType.__with({
  fromBuffer: (buffer) => buffer.readBigInt64LE(),
  toBuffer: (n) => {
    const buffer = Buffer.alloc(8);
    buffer.writeBigInt64LE(BigInt(n));
    return buffer;
  },
  fromJSON: BigInt,
  toJSON: Number,
  isValid: (n) => typeof n === 'bigint',
  compare: (a, b) => (a === b ? 0 : a < b ? -1 : 1),
});
const longsAsBigInt = (schema) =>
  schema === 'long' || (schema && typeof schema === 'object' && schema.type === 'long') ? bigIntLong : undefined;

async function consume() {
  const registry = new SchemaRegistry({ host: env('NEWSFLOW_REGISTRY') },
    { [SchemaType.AVRO]: { typeHook: longsAsBigInt } });
  const expected = Number(env('NEWSFLOW_EXPECTED'));
  const consumer = kafka.consumer({ groupId: `third-party-js-${Date.now()}` }); // default settings otherwise
  const records = [];
  let done;
  const finished = new Promise((resolve) => { done = resolve; });
  await consumer.connect();
  await consumer.subscribe({ topics: [env('NEWSFLOW_ENRICHED_TOPIC')], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const key = message.key === null ? null : message.key.toString();
      const value = message.value === null ? null : await registry.decode(message.value);
      records.push({ partition, offset: message.offset, key, value });
      if (records.length >= expected) done();
    },
  });
  const timeout = setTimeout(done, 60_000);
  await finished;
  clearTimeout(timeout);
  await consumer.disconnect();
  return { records, withoutTheLong: await decodeWithoutTheLong(records) };
}

/**
 * The other documented setting, for clients that keep avsc's default number type: a reader schema without the
 * 64-bit simhash (the contract's .avsc minus that field); simhashHex carries the same fingerprint as a string.
 */
async function decodeWithoutTheLong(records) {
  const schema = schemaFromAvsc('EnrichedArticle.avsc');
  schema.fields = schema.fields.filter((field) => field.name !== 'simhash');
  const registry = new SchemaRegistry({ host: env('NEWSFLOW_REGISTRY') });
  const consumer = kafka.consumer({ groupId: `third-party-js-reader-${Date.now()}` });
  const decoded = [];
  let done;
  const finished = new Promise((resolve) => { done = resolve; });
  await consumer.connect();
  await consumer.subscribe({ topics: [env('NEWSFLOW_ENRICHED_TOPIC')], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) {
        const value = await registry.decode(message.value, { [SchemaType.AVRO]: { readerSchema: schema } });
        decoded.push({ id: value.id, simhashHex: value.simhashHex });
      }
      if (decoded.length >= records.filter((r) => r.value !== null).length) done();
    },
  });
  const timeout = setTimeout(done, 60_000);
  await finished;
  clearTimeout(timeout);
  await consumer.disconnect();
  return decoded;
}

const command = process.argv[2];
const result = command === 'produce' ? await produce() : command === 'consume' ? await consume() : null;
if (result === null) {
  console.error('usage: node client.mjs produce|consume');
  process.exit(2);
}
process.stdout.write(JSON.stringify(result, (k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
