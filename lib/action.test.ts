import { describe, expect, it } from "vitest";
import { formInput, formValues } from "@/lib/action";

describe("form parsing", () => {
  it("keeps single fields as strings and repeated ones as arrays, and drops Next's own fields", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("body", "Hello");
    form.append("ids", "a");
    form.append("ids", "b");
    expect(formInput(form)).toEqual({ body: "Hello", ids: ["a", "b"] });
    expect(formValues(form)).toEqual({ body: "Hello", ids: "a,b" });
  });
});
