// Command cosignature checks govledger's witnessed checkpoints with independent code: Go's
// golang.org/x/mod/sumdb/note must open a note carrying witness cosignature lines with the
// log's key alone (ignoring the cosignatures), and crypto/ed25519 must verify each
// tlog-cosignature v1 line over "cosignature/v1\ntime <t>\n" || note text. It is driven by
// packages/core/src/checkpoint/cosignature-go-interop.test.ts (JSON on stdin and stdout).
package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

type request struct {
	LogKey     string   `json:"logKey"`
	WitnessKey string   `json:"witnessKey"`
	Notes      []string `json:"notes"`
}

type outcome struct {
	Open        string   `json:"open"`
	Text        string   `json:"text"`
	Cosigned    []uint64 `json:"cosigned"`
	Cosignature string   `json:"cosignature"`
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fail("decode: %v", err)
	}
	verifier, err := note.NewVerifier(req.LogKey)
	if err != nil {
		fail("NewVerifier: %v", err)
	}
	name, pub := witnessKey(req.WitnessKey)
	var out []outcome
	for _, text := range req.Notes {
		var o outcome
		n, err := note.Open([]byte(text), note.VerifierList(verifier))
		if err != nil {
			o.Open = err.Error()
		} else {
			o.Open = "ok"
			o.Text = n.Text
		}
		o.Cosignature = "none"
		o.Cosigned = []uint64{}
		body := text[:strings.LastIndex(text, "\n\n")+1]
		for _, line := range strings.Split(strings.TrimSuffix(text[len(body)+1:], "\n"), "\n") {
			fields := strings.SplitN(strings.TrimPrefix(line, "— "), " ", 2)
			if len(fields) != 2 || fields[0] != name {
				continue
			}
			raw, err := base64.StdEncoding.DecodeString(fields[1])
			if err != nil || len(raw) != 4+8+64 || binary.BigEndian.Uint32(raw) != keyID(name, pub) {
				o.Cosignature = "malformed"
				continue
			}
			t := binary.BigEndian.Uint64(raw[4:12])
			msg := fmt.Sprintf("cosignature/v1\ntime %d\n%s", t, body)
			if ed25519.Verify(pub, []byte(msg), raw[12:]) {
				o.Cosignature = "ok"
				o.Cosigned = append(o.Cosigned, t)
			} else {
				o.Cosignature = "invalid"
			}
		}
		out = append(out, o)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail("encode: %v", err)
	}
}

// witnessKey reads a vkey "<name>+<hex id>+<base64(0x04 || key)>" and checks its key id.
func witnessKey(vkey string) (string, ed25519.PublicKey) {
	parts := strings.SplitN(vkey, "+", 3)
	if len(parts) != 3 {
		fail("bad witness key")
	}
	raw, err := base64.StdEncoding.DecodeString(parts[2])
	if err != nil || len(raw) != 33 || raw[0] != 0x04 {
		fail("witness key is not an Ed25519 cosignature key")
	}
	pub := ed25519.PublicKey(raw[1:])
	if fmt.Sprintf("%08x", keyID(parts[0], pub)) != parts[1] {
		fail("witness key id does not match")
	}
	return parts[0], pub
}

// keyID is SHA-256(name || "\n" || 0x04 || key)[:4] as tlog-cosignature defines it.
func keyID(name string, pub ed25519.PublicKey) uint32 {
	h := sha256.New()
	h.Write([]byte(name + "\n"))
	h.Write([]byte{0x04})
	h.Write(pub)
	return binary.BigEndian.Uint32(h.Sum(nil))
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "cosignature: "+format+"\n", args...)
	os.Exit(1)
}
