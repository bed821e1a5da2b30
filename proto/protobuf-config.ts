// Imported before any generated module: 64-bit fields (seq, timestamps) decode as JS numbers
// rather than Long objects. The generated code computes its field defaults when it is
// evaluated, so this must run first. Every value we put in them is below 2^53.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export { $protobuf };
