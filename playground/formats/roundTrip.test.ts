/**
 * Every fixture survives export to every format and import back: the request that comes back is the
 * request that went out, and a template's references (`!Ref`, Terraform expressions) return to the
 * family they came from.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportMapping } from './exportMapping.ts';
import { importMapping } from './importMapping.ts';
import { MAPPING_FORMATS } from './MappingFormat.ts';
import type { ExportFormat } from './MappingFormat.ts';
import { FIXTURES, fixture } from './testFixtures.ts';

const EXPORT_FORMATS = MAPPING_FORMATS.filter((f) => f.exportable).map((f) => f.id as ExportFormat);

describe.each(FIXTURES)('round trip of %s', (name) => {
  const imported = importMapping(fixture(name));
  it('imports without errors', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.request).not.toBeNull();
  });

  it.each(EXPORT_FORMATS)('through %s gives the same request back', (format) => {
    const text = exportMapping(imported.request ?? {}, format, { references: imported.references });
    const again = importMapping(text);
    expect(again.errors).toEqual([]);
    expect(again.format).toBe(format);
    expect(again.request).toEqual(imported.request);
  });
});

describe('references return to their own family', () => {
  it('CloudFormation intrinsics are written back as short tags, with the parameters they read', () => {
    const imported = importMapping(fixture('msk-provisioned.cfn.yaml'));
    const text = exportMapping(imported.request ?? {}, 'cloudformation-yaml', {
      references: imported.references,
    });
    expect(text).toContain('FunctionName: !Ref OrdersFunction');
    expect(text).toContain('EventSourceArn: !GetAtt OrdersCluster.Arn');
    expect(text).toContain('BatchSize: !Ref BatchSize');
    expect(text).toContain('KmsKeyArn: !Sub arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/');
    expect(text).toMatch(/Parameters:\n {2}BatchSize:\n {4}Type: Number\n {4}Default: "50"/);
  });

  it('Terraform expressions are written back, with the variables and locals they read', () => {
    const imported = importMapping(fixture('msk.tf'));
    const text = exportMapping(imported.request ?? {}, 'terraform', { references: imported.references });
    expect(text).toContain('function_name                      = aws_lambda_function.orders.arn');
    expect(text).toContain('batch_size                         = var.batch_size');
    expect(text).toContain('variable "batch_size" {\n  default = 25\n}');
    expect(text).toContain('variable "environment" {}');
    expect(text).toContain('locals {\n  consumer_group = "orders-billing"\n}');
  });

  it('a value changed after import is exported as changed, not as the old reference', () => {
    const imported = importMapping(fixture('seed-blog.cfn.yaml'));
    const request = { ...imported.request, FunctionName: 'billing-consumer' };
    const text = exportMapping(request, 'cloudformation-yaml', { references: imported.references });
    expect(text).toContain('FunctionName: billing-consumer');
    expect(text).toContain('Destination: !Ref DLQArn');
  });

  it('references of another family are exported as their stand-ins', () => {
    const imported = importMapping(fixture('seed-blog.cfn.yaml'));
    const text = exportMapping(imported.request ?? {}, 'terraform', { references: imported.references });
    expect(text).toContain('function_name                      = "MyLambdaFunction"');
  });
});

describe('round trip property', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
  // Any text, to prove quoting and escaping ($, %{, quotes, newlines, YAML keywords) in every syntax.
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom('true', 'null', '123', '${var.x}', '%{ if }', 'a: b', '- x', '"q"', '#c'),
  );
  const request = fc.record(
    {
      FunctionName: name,
      Topics: fc.tuple(name),
      StartingPosition: fc.constantFrom('TRIM_HORIZON', 'LATEST'),
      BatchSize: fc.integer({ min: 1, max: 10000 }),
      MaximumBatchingWindowInSeconds: fc.integer({ min: 0, max: 300 }),
      Enabled: fc.boolean(),
      AmazonManagedKafkaEventSourceConfig: fc.record({ ConsumerGroupId: text }),
      ProvisionedPollerConfig: fc.record({
        MinimumPollers: fc.integer({ min: 1, max: 5 }),
        MaximumPollers: fc.integer({ min: 5, max: 9 }),
      }),
      FilterCriteria: fc.record({
        Filters: fc.array(
          fc.record({
            Pattern: fc
              .dictionary(name, fc.array(text, { maxLength: 2 }))
              .map((o) => JSON.stringify({ value: o })),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      DestinationConfig: fc.record({ OnFailure: fc.record({ Destination: text }) }),
      Tags: fc.dictionary(name, text, { maxKeys: 3 }),
      ParallelizationFactor: fc.integer({ min: 1, max: 10 }),
    },
    // FunctionName is always present: a SAM function names it even when the request does not.
    { requiredKeys: ['StartingPosition', 'FunctionName'] },
  );

  it.each(EXPORT_FORMATS)('any request survives %s', (format) => {
    fc.assert(
      fc.property(request, (r) => {
        const back = importMapping(exportMapping(r, format));
        expect(back.errors).toEqual([]);
        expect(back.request).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });
});
