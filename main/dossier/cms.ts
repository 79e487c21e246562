// A detached CMS SignedData (RFC 5652) over a digest we computed ourselves while streaming the file,
// in the CAdES form PAdES asks for (ETSI EN 319 142-1: SHA-256, content-type, message-digest and
// signing-certificate-v2 signed attributes, no signing-time attribute: the time is the signature
// dictionary's /M). The ASN.1 is built and, above all, READ with @peculiar/asn1-cms (schema-driven
// DER over asn1js, maintained by PeculiarVentures): the signature value comes from a file someone
// handed her, so its parser must be one that is kept up (issue 12, item 1). node:crypto signs and
// verifies.
import { createHash, sign as rsaSign, verify as rsaVerify, X509Certificate } from 'node:crypto';
import {
  Attribute,
  CertificateChoices,
  CertificateSet,
  ContentInfo,
  DigestAlgorithmIdentifiers,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedData,
  SignerIdentifier,
  SignerInfo,
  SignerInfos,
} from '@peculiar/asn1-cms';
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate } from '@peculiar/asn1-x509';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

/** DER NULL: the algorithm parameters Dossier has always written for SHA-256 and RSA. */
const DER_NULL = new Uint8Array([0x05, 0x00]).buffer;
/** DER of the OID 1.2.840.113549.1.7.1 (id-data), the content-type attribute's value. */
const DER_ID_DATA = new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]).buffer;

const toBuffer = (bytes: ArrayBuffer): Buffer => Buffer.from(bytes);
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const algorithm = (id: string) => new AlgorithmIdentifier({ algorithm: id, parameters: DER_NULL });

/** Total length of the DER object at the start of `bytes` (tag, length, content), or 0. The value
 *  in the PDF is zero-padded after it. */
export function derLength(bytes: Buffer): number {
  if (bytes.length < 2 || bytes[0] !== 0x30) return 0;
  const first = bytes[1]!;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) return 0;
  let length = 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + bytes[2 + i]!;
  return 2 + count + length;
}

/** SigningCertificateV2 { certs: [ESSCertIDv2 { certHash }] } (RFC 5035), the default hash
 *  algorithm (SHA-256) left out as DER requires for defaults: three nested SEQUENCEs. */
function essSigningCertificate(certHash: Buffer): ArrayBuffer {
  const octets = Buffer.concat([Buffer.from([0x04, certHash.length]), certHash]);
  const wrap = (inner: Buffer) => Buffer.concat([Buffer.from([0x30, inner.length]), inner]);
  return arrayBuffer(wrap(wrap(wrap(octets))));
}

/** The signed attributes for `digest`, in DER order: a SET OF is sorted by its members' encodings
 *  (X.690 §11.6), so the bytes signed and the bytes in the [0] field are the same. */
function signedAttributesFor(digest: Buffer, certificateDer: Buffer): Attribute[] {
  const certHash = createHash('sha256').update(certificateDer).digest();
  const attributes = [
    new Attribute({ attrType: OID.contentType, attrValues: [DER_ID_DATA] }),
    new Attribute({ attrType: OID.messageDigest, attrValues: [AsnConvert.serialize(new OctetString(arrayBuffer(digest)))] }),
    new Attribute({ attrType: OID.signingCertificateV2, attrValues: [essSigningCertificate(certHash)] }),
  ];
  return attributes.map((a) => ({ a, der: toBuffer(AsnConvert.serialize(a)) })).sort((x, y) => Buffer.compare(x.der, y.der)).map((s) => s.a);
}

/** What is signed: the attributes encoded as a SET (tag 0x31), not as the [0] field (RFC 5652 §5.4). */
function signedAttributesDer(attributes: readonly Attribute[]): Buffer {
  const members = Buffer.concat(attributes.map((a) => toBuffer(AsnConvert.serialize(a))));
  return Buffer.concat([Buffer.from([0x31]), derLengthBytes(members.length), members]);
}

function derLengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export interface CmsSigner {
  privateKeyPem: string;
  certificatePem: string;
}

/** Puts a signature into Dossier's one CMS layout. Deterministic: the verifier rebuilds the CMS from
 *  what it read and requires the very same bytes, so no unsigned byte of it can change unnoticed. */
function assembleCms(certificate: Certificate, attributes: Attribute[], signature: Buffer): Buffer {
  const signerInfo = new SignerInfo({
    version: 1,
    sid: new SignerIdentifier({ issuerAndSerialNumber: new IssuerAndSerialNumber({ issuer: certificate.tbsCertificate.issuer, serialNumber: certificate.tbsCertificate.serialNumber }) }),
    digestAlgorithm: algorithm(OID.sha256),
    signedAttrs: attributes,
    signatureAlgorithm: algorithm(OID.rsaEncryption),
    signature: new OctetString(arrayBuffer(signature)),
  });
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: new DigestAlgorithmIdentifiers([algorithm(OID.sha256)]),
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: new CertificateSet([new CertificateChoices({ certificate })]),
    signerInfos: new SignerInfos([signerInfo]),
  });
  return toBuffer(AsnConvert.serialize(new ContentInfo({ contentType: OID.signedData, content: AsnConvert.serialize(signedData) })));
}

export function buildCms(digest: Buffer, signer: CmsSigner): Buffer {
  const certificateDer = Buffer.from(new X509Certificate(signer.certificatePem).raw);
  const attributes = signedAttributesFor(digest, certificateDer);
  const signature = rsaSign('sha256', signedAttributesDer(attributes), signer.privateKeyPem);
  return assembleCms(AsnParser.parse(arrayBuffer(certificateDer), Certificate), attributes, signature);
}

export interface CmsCheck {
  certificate: X509Certificate;
  digestMatches: boolean;
  signatureValid: boolean;
  problem: CmsProblem | null;
}

/** Why a readable signature is not Dossier's valid one (verifySignature.ts words each). */
export type CmsProblem = 'not-sha256' | 'form-changed';

/** Reads a detached SignedData (the DER object at the start of `cmsDer`; zero padding after it is
 *  the caller's to check) and checks it against the digest of the signed bytes. Throws on anything
 *  that is not a readable SignedData with one certificate and one signer. */
export function checkCms(cmsDer: Buffer, digest: Buffer): CmsCheck {
  const length = derLength(cmsDer);
  if (length === 0 || length > cmsDer.length) throw new Error('not a DER object');
  const der = cmsDer.subarray(0, length);
  const info = AsnParser.parse(arrayBuffer(der), ContentInfo);
  if (info.contentType !== OID.signedData) throw new Error('not a CMS SignedData');
  const signedData = AsnParser.parse(info.content, SignedData);
  const parsedCertificate = signedData.certificates?.[0]?.certificate;
  if (!parsedCertificate) throw new Error('no certificate in the signature');
  const certificate = new X509Certificate(toBuffer(AsnConvert.serialize(parsedCertificate)));
  const signerInfo = signedData.signerInfos[0];
  const attributes = signerInfo?.signedAttrs;
  if (!signerInfo || !attributes) throw new Error('no signer with signed attributes');
  const signature = toBuffer(signerInfo.signature.buffer);
  let messageDigest: Buffer | null = null;
  for (const attribute of attributes) {
    const value = attribute.attrValues[0];
    if (attribute.attrType === OID.messageDigest && value) messageDigest = toBuffer(AsnParser.parse(value, OctetString).buffer);
  }
  if (signerInfo.digestAlgorithm.algorithm !== OID.sha256) return { certificate, digestMatches: false, signatureValid: false, problem: 'not-sha256' };
  const digestMatches = messageDigest !== null && messageDigest.equals(digest);
  const signatureValid = rsaVerify('sha256', signedAttributesDer(attributes), certificate.publicKey, signature);
  if (messageDigest !== null) {
    const expected = assembleCms(parsedCertificate, signedAttributesFor(messageDigest, Buffer.from(certificate.raw)), signature);
    if (!der.equals(expected)) return { certificate, digestMatches, signatureValid: false, problem: 'form-changed' };
  }
  return { certificate, digestMatches, signatureValid, problem: null };
}
