// Command verify checks govledger's output with Go's golang.org/x/mod/sumdb/{note,tlog}, an
// independent implementation of the same formats. It is driven by
// packages/core/src/checkpoint/go-interop.test.ts: a JSON request on stdin, a JSON report on
// stdout. Run it in GOPATH mode (GO111MODULE=off) with GOPATH holding golang.org/x/mod.
package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type inclusion struct {
	Index    int64    `json:"index"`
	Size     int64    `json:"size"`
	LeafHash string   `json:"leafHash"`
	Path     []string `json:"path"`
	Root     string   `json:"root"`
}

type consistency struct {
	From     int64    `json:"from"`
	To       int64    `json:"to"`
	Path     []string `json:"path"`
	FromRoot string   `json:"fromRoot"`
	ToRoot   string   `json:"toRoot"`
}

type request struct {
	VerifierKey string        `json:"verifierKey"`
	SignerKey   string        `json:"signerKey"`
	Notes       []string      `json:"notes"`
	SignText    string        `json:"signText"`
	Leaves      []string      `json:"leaves"`
	RootSizes   []int64       `json:"rootSizes"`
	Inclusion   []inclusion   `json:"inclusion"`
	Consistency []consistency `json:"consistency"`
}

type openedNote struct {
	Error  string `json:"error,omitempty"`
	Origin string `json:"origin,omitempty"`
	Size   int64  `json:"size,omitempty"`
	Root   string `json:"root,omitempty"`
}

type report struct {
	Notes       []openedNote `json:"notes"`
	Signed      string       `json:"signed"`
	Roots       []string     `json:"roots"`
	Inclusion   []string     `json:"inclusion"`
	Consistency []string     `json:"consistency"`
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fail("decode request: %v", err)
	}
	verifier, err := note.NewVerifier(req.VerifierKey)
	if err != nil {
		fail("NewVerifier: %v", err)
	}
	signer, err := note.NewSigner(req.SignerKey)
	if err != nil {
		fail("NewSigner: %v", err)
	}
	var out report

	for _, text := range req.Notes {
		out.Notes = append(out.Notes, openCheckpoint(text, note.VerifierList(verifier)))
	}

	signed, err := note.Sign(&note.Note{Text: req.SignText}, signer)
	if err != nil {
		fail("Sign: %v", err)
	}
	out.Signed = string(signed)

	out.Roots = treeRoots(req.Leaves, req.RootSizes)

	for _, p := range req.Inclusion {
		out.Inclusion = append(out.Inclusion, outcome(tlog.CheckRecord(hashes(p.Path), p.Size, hash(p.Root), p.Index, hash(p.LeafHash))))
	}
	for _, p := range req.Consistency {
		out.Consistency = append(out.Consistency, outcome(tlog.CheckTree(hashes(p.Path), p.To, hash(p.ToRoot), p.From, hash(p.FromRoot))))
	}

	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail("encode report: %v", err)
	}
}

// openCheckpoint opens a signed note and reads the checkpoint lines of its text.
func openCheckpoint(text string, verifiers note.Verifiers) openedNote {
	n, err := note.Open([]byte(text), verifiers)
	if err != nil {
		return openedNote{Error: err.Error()}
	}
	lines := strings.SplitN(n.Text, "\n", 4)
	if len(lines) < 4 {
		return openedNote{Error: "checkpoint has fewer than three lines"}
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil {
		return openedNote{Error: "bad size: " + err.Error()}
	}
	return openedNote{Origin: lines[0], Size: size, Root: lines[2]}
}

// treeRoots stores the leaves the way tlog does and asks tlog for the root of each size.
func treeRoots(leaves []string, sizes []int64) []string {
	var stored []tlog.Hash
	reader := tlog.HashReaderFunc(func(indexes []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(indexes))
		for i, x := range indexes {
			out[i] = stored[x]
		}
		return out, nil
	})
	for i, leaf := range leaves {
		data, err := base64.StdEncoding.DecodeString(leaf)
		if err != nil {
			fail("leaf %d: %v", i, err)
		}
		more, err := tlog.StoredHashes(int64(i), data, reader)
		if err != nil {
			fail("StoredHashes(%d): %v", i, err)
		}
		stored = append(stored, more...)
	}
	var roots []string
	for _, size := range sizes {
		root, err := tlog.TreeHash(size, reader)
		if err != nil {
			fail("TreeHash(%d): %v", size, err)
		}
		roots = append(roots, base64.StdEncoding.EncodeToString(root[:]))
	}
	return roots
}

func outcome(err error) string {
	if err != nil {
		return err.Error()
	}
	return "ok"
}

func hash(text string) tlog.Hash {
	var h tlog.Hash
	raw, err := base64.StdEncoding.DecodeString(text)
	if err != nil || len(raw) != len(h) {
		fail("bad hash %q", text)
	}
	copy(h[:], raw)
	return h
}

func hashes(texts []string) []tlog.Hash {
	out := make([]tlog.Hash, 0, len(texts))
	for _, t := range texts {
		out = append(out, hash(t))
	}
	return out
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "verify: "+format+"\n", args...)
	os.Exit(1)
}
