// A detached CMS SignedData (RFC 5652) over a digest we computed ourselves while streaming the file,
// in the CAdES form PAdES asks for (ETSI EN 319 142-1: SHA-256, content-type, message-digest and
// signing-certificate-v2 signed attributes, no signing-time attribute: the time is the signature
// dictionary's /M). node-forge only builds and reads the ASN.1; node:crypto signs and verifies.
import { createHash, sign as rsaSign, verify as rsaVerify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
};

type Node = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;
const C = asn1.Class.CONTEXT_SPECIFIC;
const T = asn1.Type;

const oid = (id: string): Node => asn1.create(U, T.OID, false, asn1.oidToDer(id).getBytes());
const seq = (items: Node[]): Node => asn1.create(U, T.SEQUENCE, true, items);
const set = (items: Node[]): Node => asn1.create(U, T.SET, true, items);
const octets = (bytes: Buffer): Node => asn1.create(U, T.OCTETSTRING, false, bytes.toString('binary'));
const int = (n: number): Node => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const der = (node: Node): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const algorithm = (id: string, withNull = true): Node => seq(withNull ? [oid(id), asn1.create(U, T.NULL, false, '')] : [oid(id)]);

/** DER wants the members of a SET OF in ascending order of their encodings (X.690 §11.6). */
function derSetOf(items: Node[]): Node {
  const sorted = items.map((node) => ({ node, bytes: der(node) })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  return set(sorted.map((s) => s.node));
}

const attribute = (type: string, value: Node): Node => seq([oid(type), set([value])]);

export interface CmsSigner {
  privateKeyPem: string;
  certificatePem: string;
}

/** The signed attributes for `digest` (content type, message digest, ESS signing certificate). */
function signedAttributesFor(digest: Buffer, certificateDer: Buffer): Node {
  const certHash = createHash('sha256').update(certificateDer).digest();
  return derSetOf([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    // ESSCertIDv2 with the default hash (SHA-256) left out, as DER requires for defaults.
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(certHash)])])])),
  ]);
}

/** Puts a signature into Dossier's one CMS layout. Deterministic: the verifier rebuilds the CMS from
 *  what it read and requires the very same bytes, so no unsigned byte of it can change unnoticed. */
function assembleCms(digest: Buffer, certificateDer: Buffer, signature: Buffer): Buffer {
  const certificate = asn1.fromDer(certificateDer.toString('binary'));
  const tbs = (certificate.value as Node[])[0]!.value as Node[];
  // tbsCertificate = [0] version, serialNumber, signature, issuer, …
  const hasVersion = tbs[0]!.tagClass === C;
  const serial = tbs[hasVersion ? 1 : 0]!;
  const issuer = tbs[hasVersion ? 3 : 2]!;
  const implicitAttributes = asn1.create(C, 0, true, signedAttributesFor(digest, certificateDer).value as Node[]);
  const signerInfo = seq([int(1), seq([issuer, serial]), algorithm(OID.sha256), implicitAttributes, algorithm(OID.rsaEncryption), octets(signature)]);
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(C, 0, true, [certificate]),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(C, 0, true, [signedData])]));
}

export function buildCms(digest: Buffer, signer: CmsSigner): Buffer {
  const certificateDer = Buffer.from(new X509Certificate(signer.certificatePem).raw);
  // The signature is over the attributes encoded as a SET (RFC 5652 §5.4), not the [0] form.
  const signature = rsaSign('sha256', der(signedAttributesFor(digest, certificateDer)), signer.privateKeyPem);
  return assembleCms(digest, certificateDer, signature);
}

export interface CmsCheck {
  certificate: X509Certificate;
  digestMatches: boolean;
  signatureValid: boolean;
  problem: CmsProblem | null;
}

/** Why a readable signature is not Dossier's valid one (verifySignature.ts words each). */
export type CmsProblem = 'not-sha256' | 'form-changed';

function oidOf(node: Node | undefined): string {
  return node && node.type === T.OID ? asn1.derToOid(node.value as string) : '';
}

/** Reads a detached SignedData and checks it against the digest of the signed bytes. */
export function checkCms(cmsDer: Buffer, digest: Buffer): CmsCheck {
  // The placeholder is zero-padded after the DER: parse the first object, ignore the padding.
  const fromDer = asn1.fromDer as unknown as (bytes: string, options: { parseAllBytes: boolean }) => Node;
  const root = fromDer(cmsDer.toString('binary'), { parseAllBytes: false });
  const top = root.value as Node[];
  if (oidOf(top[0]) !== OID.signedData) throw new Error('not a CMS SignedData');
  const signedData = ((top[1]!.value as Node[])[0]!.value as Node[]);
  const certificates = signedData.find((n) => n.tagClass === C && n.type === 0);
  const certificateNode = (certificates?.value as Node[] | undefined)?.[0];
  if (!certificateNode) throw new Error('no certificate in the signature');
  const certificate = new X509Certificate(der(certificateNode));
  const signerInfos = signedData[signedData.length - 1]!.value as Node[];
  const signerInfo = signerInfos[0]?.value as Node[] | undefined;
  if (!signerInfo) throw new Error('no signer in the signature');
  const digestAlgorithm = oidOf((signerInfo[2]!.value as Node[])[0]);
  const attributesNode = signerInfo.find((n) => n.tagClass === C && n.type === 0);
  if (!attributesNode) throw new Error('no signed attributes');
  const attributes = attributesNode.value as Node[];
  const signatureNode = signerInfo[signerInfo.length - 1]!;
  const signature = Buffer.from(signatureNode.value as string, 'binary');
  let messageDigest: Buffer | null = null;
  for (const attr of attributes) {
    const [type, values] = attr.value as Node[];
    if (oidOf(type) === OID.messageDigest) messageDigest = Buffer.from(((values!.value as Node[])[0]!.value as string), 'binary');
  }
  if (digestAlgorithm !== OID.sha256) return { certificate, digestMatches: false, signatureValid: false, problem: 'not-sha256' };
  const digestMatches = messageDigest !== null && messageDigest.equals(digest);
  const signedBytes = der(set(attributes));
  const signatureValid = rsaVerify('sha256', signedBytes, certificate.publicKey, signature);
  if (messageDigest !== null) {
    const expected = assembleCms(messageDigest, Buffer.from(certificate.raw), signature);
    if (!cmsDer.subarray(0, expected.length).equals(expected)) return { certificate, digestMatches, signatureValid: false, problem: 'form-changed' };
  }
  return { certificate, digestMatches, signatureValid, problem: null };
}
