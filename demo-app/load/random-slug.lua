-- wrk script: each request reads one article by a slug drawn at random from the file named by
-- the SLUGS environment variable (one slug per line), as a reader landing on articles would.
local slugs = {}
for line in io.lines(os.getenv("SLUGS")) do
  slugs[#slugs + 1] = line
end
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

request = function()
  return wrk.format("GET", "/api/articles/" .. slugs[math.random(#slugs)])
end
