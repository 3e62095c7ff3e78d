import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionBodyLimits, bodyRefusal, SMALL_BODY, UPLOAD_BODY } from "./action-body-gate.mjs";

const limits = new Map([["upload-id", UPLOAD_BODY]]);
const post = (headers: Record<string, string>) => ({ method: "POST", headers });
const TOO_LARGE = { status: 413, message: "La solicitud es demasiado grande." };

describe("the body limit of action requests", () => {
  it("holds an action without files to a small form", () => {
    expect(bodyRefusal(post({ "next-action": "small-id", "content-length": String(SMALL_BODY) }), limits)).toBeNull();
    expect(bodyRefusal(post({ "next-action": "small-id", "content-length": String(SMALL_BODY + 1) }), limits)).toEqual(TOO_LARGE);
  });

  it("lets an upload action take its file", () => {
    expect(bodyRefusal(post({ "next-action": "upload-id", "content-length": String(9 * 1024 * 1024) }), limits)).toBeNull();
    expect(bodyRefusal(post({ "next-action": "upload-id", "content-length": String(UPLOAD_BODY + 1) }), limits)).toEqual(TOO_LARGE);
  });

  it("holds a form posted without the action header to a small form, since Next decodes it to find out", () => {
    expect(bodyRefusal(post({ "content-type": "multipart/form-data; boundary=x", "content-length": "2400000" }), limits)).toEqual(TOO_LARGE);
    expect(bodyRefusal(post({ "content-type": "application/x-www-form-urlencoded", "content-length": "2400000" }), limits)).toEqual(TOO_LARGE);
  });

  it("refuses an action body of undeclared or malformed length", () => {
    expect(bodyRefusal(post({ "next-action": "upload-id", "transfer-encoding": "chunked" }), limits)).toEqual({ status: 411, message: "La solicitud debe indicar su tamaño." });
    expect(bodyRefusal(post({ "next-action": "small-id", "content-length": "1e3" }), limits)).toEqual(TOO_LARGE);
  });

  it("leaves other requests to Next", () => {
    expect(bodyRefusal({ method: "GET", headers: {} }, limits)).toBeNull();
    expect(bodyRefusal(post({ "content-type": "application/json", "content-length": "5000000" }), limits)).toBeNull();
  });

  it("stops the server when the list names an action the build lacks", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sello-gate-"));
    fs.mkdirSync(path.join(dir, "server"));
    fs.writeFileSync(path.join(dir, "server", "server-reference-manifest.json"), JSON.stringify({ node: { abc: { filename: "lib/a/actions.ts", exportedName: "uploadAction" } } }));
    fs.writeFileSync(path.join(dir, "list.json"), JSON.stringify({ uploads: ["lib/a/actions.ts#uploadAction"], lists: [] }));
    expect(actionBodyLimits(dir, path.join(dir, "list.json"))).toEqual(new Map([["abc", UPLOAD_BODY]]));
    fs.writeFileSync(path.join(dir, "list.json"), JSON.stringify({ uploads: ["lib/a/actions.ts#uploadAction", "lib/a/actions.ts#gone"], lists: [] }));
    expect(() => actionBodyLimits(dir, path.join(dir, "list.json"))).toThrow(/lib\/a\/actions.ts#gone/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
