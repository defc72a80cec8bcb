import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, readClientIp, setClientIpHeader } from "./client-ip-header";
import { groupAddress } from "./group-address";

describe("the client-IP header", () => {
  it("replaces a value the client forged, also one it sent twice (Node joins them)", () => {
    const request = { headers: { [CLIENT_IP_HEADER]: "10.0.0.1, 10.0.0.2", host: "x" } as IncomingHttpHeaders };
    setClientIpHeader(request, "203.0.113.7");
    expect(request.headers).toEqual({ host: "x", [CLIENT_IP_HEADER]: "203.0.113.7" });
    expect(readClientIp(request.headers)).toBe("203.0.113.7");
  });

  it("reads from Headers (server actions) and plain objects (next-auth), unknown when absent", () => {
    expect(readClientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.4" }))).toBe("198.51.100.4");
    expect(readClientIp({ [CLIENT_IP_HEADER]: ["2001:db8::1"] })).toBe("2001:db8::1");
    expect(readClientIp(new Headers())).toBe("unknown");
    expect(readClientIp(undefined)).toBe("unknown");
    expect(readClientIp({ [CLIENT_IP_HEADER]: "x".repeat(500) })).toHaveLength(64);
  });
});

describe("groupAddress", () => {
  it("counts IPv4 one by one, IPv4-mapped IPv6 as IPv4", () => {
    expect(groupAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(groupAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(groupAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });

  it("counts IPv6 by its /64, however it is written", () => {
    const key = "2001:db8:aa:1::/64";
    expect(groupAddress("2001:db8:aa:1::1")).toBe(key);
    expect(groupAddress("2001:0DB8:00aa:0001:ffff:1:2:3")).toBe(key);
    expect(groupAddress("2001:db8:aa:1:0:0:0:9%eth0")).toBe(key);
    expect(groupAddress("2001:db8:aa:2::1")).not.toBe(key);
    expect(groupAddress("::1")).toBe("0:0:0:0::/64");
    expect(groupAddress("2001:db8::1.2.3.4")).toBe("2001:db8:0:0::/64");
  });

  it("leaves anything else as it is", () => {
    expect(groupAddress("unknown")).toBe("unknown");
  });
});
