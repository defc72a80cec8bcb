// The report's downloads moved to /export (which adds qdpx); this path stays for links already shared.
export { GET } from "../export/route";
