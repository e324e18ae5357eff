-- wrk script (bench/http.ts): each request asks for a different 1-degree box, every one holding
-- Bangui (18.56 E, 4.36 N), the densest place of the demo's events: west 17.60-18.40 and south
-- 3.40-4.20 on a 0.01-degree grid (6,561 boxes), so pages are full and built, not served again
-- from the page cache. The Authorization header comes from wrk's -H.
-- Each of wrk's threads draws its own boxes (seeded with its number: the same seed in both
-- threads would ask for every box twice at once).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end
function init(args)
  math.randomseed(os.time() * 16 + number)
end
request = function()
  local w = 17.6 + math.random(0, 80) / 100
  local s = 3.4 + math.random(0, 80) / 100
  local path = string.format(
    "/ogc/collections/incidents/items?limit=100&bbox=%.2f,%.2f,%.2f,%.2f", w, s, w + 1, s + 1)
  return wrk.format("GET", path)
end
