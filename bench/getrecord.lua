-- wrk script: GetRecord for random identifiers from the file IDS (one OAI identifier per line)
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
math.randomseed(42)
request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" .. id)
end
