// Command tiles reads govledger's C2SP tlog-tiles over HTTP with Go's
// golang.org/x/mod/sumdb/tlog TileHashReader, an independent tile client: every tile it
// loads is checked against the tree head it is given. It reports the tree hash, an
// inclusion proof per requested index, a consistency proof, and whether each entry of the
// entry bundles hashes to its level-0 tile hash. Driven by apps/reader/src/routes/tiles.test.ts.
package main

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

type request struct {
	Base    string  `json:"base"`
	Token   string  `json:"token"`
	Size    int64   `json:"size"`
	Root    string  `json:"root"`
	Indexes []int64 `json:"indexes"`
	From    int64   `json:"from"`
}

type report struct {
	Root        string     `json:"root"`
	Inclusion   [][]string `json:"inclusion"`
	Consistency []string   `json:"consistency"`
	Entries     int        `json:"entries"`
	Tiles       int        `json:"tiles"`
}

type tileReader struct {
	base, token string
	fetched     int
}

func (r *tileReader) Height() int { return 8 }

func (r *tileReader) SaveTiles([]tlog.Tile, [][]byte) {}

func (r *tileReader) ReadTiles(tiles []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(tiles))
	for i, t := range tiles {
		data, err := r.get(c2spPath(t))
		if err != nil {
			return nil, err
		}
		out[i] = data
	}
	return out, nil
}

func (r *tileReader) get(path string) ([]byte, error) {
	req, err := http.NewRequest("GET", r.base+"/"+path, nil)
	if err != nil {
		return nil, err
	}
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	r.fetched++
	return io.ReadAll(resp.Body)
}

// c2spPath drops the tile height from Go's path: tile/8/L/N -> tile/L/N (tlog-tiles has no height).
func c2spPath(t tlog.Tile) string {
	parts := strings.SplitN(t.Path(), "/", 3)
	return "tile/" + parts[2]
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fail("decode: %v", err)
	}
	var root tlog.Hash
	raw, err := base64.StdEncoding.DecodeString(req.Root)
	if err != nil || len(raw) != len(root) {
		fail("bad root")
	}
	copy(root[:], raw)
	tr := &tileReader{base: req.Base, token: req.Token}
	hr := tlog.TileHashReader(tlog.Tree{N: req.Size, Hash: root}, tr)
	var out report
	th, err := tlog.TreeHash(req.Size, hr)
	if err != nil {
		fail("TreeHash: %v", err)
	}
	out.Root = base64.StdEncoding.EncodeToString(th[:])
	for _, i := range req.Indexes {
		proof, err := tlog.ProveRecord(req.Size, i, hr)
		if err != nil {
			fail("ProveRecord(%d): %v", i, err)
		}
		out.Inclusion = append(out.Inclusion, encode(proof))
	}
	proof, err := tlog.ProveTree(req.Size, req.From, hr)
	if err != nil {
		fail("ProveTree: %v", err)
	}
	out.Consistency = encode(proof)
	// Every entry of every entry bundle must hash to its leaf hash in the verified level-0 tiles.
	for start := int64(0); start < req.Size; start += 256 {
		width := req.Size - start
		if width > 256 {
			width = 256
		}
		t := tlog.Tile{H: 8, L: 0, N: start / 256, W: int(width)}
		bundle, err := tr.get(strings.Replace(c2spPath(t), "tile/0/", "tile/entries/", 1))
		if err != nil {
			fail("entries: %v", err)
		}
		hashes, err := hr.ReadHashes(indexesOf(start, width))
		if err != nil {
			fail("ReadHashes: %v", err)
		}
		for k := int64(0); k < width; k++ {
			if len(bundle) < 2 {
				fail("entry bundle at %d is short", start)
			}
			n := int(binary.BigEndian.Uint16(bundle))
			entry := bundle[2 : 2+n]
			bundle = bundle[2+n:]
			if tlog.RecordHash(entry) != hashes[k] {
				fail("entry %d does not hash to its tile hash", start+k)
			}
			out.Entries++
		}
		if len(bundle) != 0 {
			fail("entry bundle at %d has trailing bytes", start)
		}
	}
	out.Tiles = tr.fetched
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail("encode: %v", err)
	}
}

func indexesOf(start, width int64) []int64 {
	out := make([]int64, width)
	for k := range out {
		out[k] = tlog.StoredHashIndex(0, start+int64(k))
	}
	return out
}

func encode(hashes []tlog.Hash) []string {
	out := []string{}
	for _, h := range hashes {
		out = append(out, base64.StdEncoding.EncodeToString(h[:]))
	}
	return out
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "tiles: "+format+"\n", args...)
	os.Exit(1)
}
