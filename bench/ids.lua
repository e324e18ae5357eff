-- wrk script (bench/http.ts): each request reads a different incident by id, drawn from the file
-- named after wrk's "--" (one id a line: every record the bench's reader may see but the audited
-- one), so no answer is the last one again. The Authorization header comes from wrk's -H.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end
function init(args)
  math.randomseed(os.time() * 16 + number)
  ids = {}
  for line in io.lines(args[1]) do
    if line ~= "" then ids[#ids + 1] = line end
  end
end
request = function()
  return wrk.format("GET", "/api/incidents/" .. ids[math.random(1, #ids)])
end
