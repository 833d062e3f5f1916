// haso/example-shape: the examples the mock serves, the docs print and the tests send have the shape they rely on.
// Request examples are objects; a signed operation's JSON example carries the merchant id and requestToken; JSON
// response examples are Haso envelopes whose Success agrees with their name; signed operations list invalidToken.
import { isObject, isWebhook, requestMedia, responseExamples } from './shared.js';

const JSON_TYPE = 'application/json';

/** What is wrong with an envelope example (undefined: nothing). */
function envelopeProblem(name, value) {
  if (!isObject(value)) return 'is not an object';
  const keys = Object.keys(value).sort().join(',');
  if (keys !== 'Data,Errors,Success') return 'must have exactly Success, Errors and Data';
  if (typeof value.Success !== 'boolean') return 'Success must be a boolean';
  if (value.Success) {
    if (value.Errors !== null) return 'a success has Errors: null';
    if (/^failure/.test(name)) return 'is named failure… but has Success: true';
  } else {
    if (!Array.isArray(value.Errors) || value.Errors.length === 0 || value.Errors.some((e) => typeof e !== 'string')) {
      return 'a failure lists its Errors as strings';
    }
    if (value.Data !== null) return 'a failure has Data: null';
    if (/^success/.test(name)) return 'is named success… but has Success: false';
  }
  return undefined;
}

export function ExampleShape() {
  return {
    Operation(operation, ctx) {
      if (isWebhook(ctx)) return;
      const signed = Boolean(operation['x-haso-signature']);
      for (const { type, media, schema } of requestMedia(operation, ctx)) {
        const at = ctx.location.child(['requestBody', 'content', type]);
        if (media.example !== undefined && !isObject(media.example)) {
          ctx.report({ message: 'A request example is an object of body fields.', location: at.child('example') });
        }
        if (signed && type === JSON_TYPE) {
          const example = media.example;
          const merchantKey = Object.keys(schema.properties).find((k) => k.toLowerCase() === 'merchantid');
          if (
            !isObject(example) ||
            !merchantKey ||
            !(merchantKey in example) ||
            typeof example.requestToken !== 'string'
          ) {
            ctx.report({
              message: 'A signed operation has a JSON request example with its merchant id and requestToken.',
              location: at,
            });
          }
        }
      }
      const examples = responseExamples(operation, ctx);
      for (const { name, status, type, value } of examples) {
        if (type !== JSON_TYPE) continue;
        const problem = envelopeProblem(name, value);
        if (problem) {
          ctx.report({
            message: `Response example "${name}" ${problem}.`,
            location: ctx.location.child(['responses', status, 'content', type, 'examples', name]),
          });
        }
      }
      if (signed && !examples.some((e) => e.name === 'invalidToken')) {
        ctx.report({
          message: 'A signed operation lists the invalidToken example (the mock answers it).',
          location: ctx.location.child('responses'),
        });
      }
    },
  };
}
