-- wrk script of `scripts/bench web`: cycles through the request paths of a file (one per
-- line, the first argument) and prints one line of figures when done.
local paths = {}
local n = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  n = math.random(#paths)
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d errors=%d p50=%.1f p95=%.1f max=%.1f seconds=%.1f\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000, summary.duration / 1e6))
end
