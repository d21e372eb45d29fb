package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainCommand: "fivemin train" on the repo's labelled sets writes the
// shipped weights.json byte for byte; --cv prints cross-validated scores;
// bad arguments are usage errors.
func TestTrainCommand(t *testing.T) {
	ctx := context.Background()
	sets := []string{"corpus", "holdout", "blind", "final", "measure", "messy", "dev2", "dev3", "messy2", "dev4", "messy3", "kinds1", "dev5", "messy4", "dev6", "messy5", "kinds2", "dev7", "messy6", "dev8", "messy7", "messy8", "langs1", "messy9", "catalog1", "messy10", "dev9", "messy11", "dev10", "dev11", "messy12", "skips1", "extras1", "skips2", "logistics1", "skips3", "messy14", "langs2", "kinds3", "skips4", "dev12", "kinds4", "messy16", "inbox1", "inbox2", "inbox3", "inbox4", "dev13", "inbox5", "inbox6", "inbox7", "inbox8", "inbox9", "dev14", "inbox10", "inbox11", "dev15", "inbox12", "langs3", "dev16", "inbox13", "inbox14", "dev17", "inbox15", "inbox16", "dev18", "messy17", "inbox17", "replies16", "inbox18", "messy18", "dev19", "inbox19", "replies17", "messy19", "dev20", "inbox20", "messy20", "dev21", "inbox21", "replies18", "dev22", "messy21", "messy22", "inbox22", "replies19", "dev23", "messy23", "inbox23", "messy24", "dev24", "replies20", "replies21", "dev25", "langs4", "messy25", "replies22", "messy26", "skips5", "dev26", "inbox24", "langs5", "replies23", "dev27", "langs6", "inbox25", "messy27", "messy28", "dev28", "inbox26"}
	var dirs []string
	for _, s := range sets {
		dirs = append(dirs, filepath.Join("../../triage/testdata", s))
	}
	out := filepath.Join(t.TempDir(), "weights.json")
	if code, _, stderr := run(t, ctx, "", append([]string{"train", "-o", out}, dirs...)...); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../triage/weights.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("fivemin train does not reproduce triage/weights.json")
	}

	code, stdout, stderr := run(t, ctx, "", "train", "--cv", "2", "--json", corpusDir)
	if code != 0 {
		t.Fatalf("train --cv: exit %d: %s", code, stderr)
	}
	var cv struct {
		Folds   int `json:"folds"`
		Cases   int `json:"cases"`
		Learned struct {
			KindAccuracy float64 `json:"kind_accuracy"`
		} `json:"learned"`
	}
	if err := json.Unmarshal([]byte(stdout), &cv); err != nil {
		t.Fatalf("train --cv --json: %v: %s", err, stdout)
	}
	if cv.Folds != 2 || cv.Cases != 60 || cv.Learned.KindAccuracy <= 0 {
		t.Errorf("train --cv 2 --json = %s", stdout)
	}
	if code, stdout, _ := run(t, ctx, "", "train", "--cv", "2", corpusDir); code != 0 || !strings.Contains(stdout, "kind accuracy") {
		t.Errorf("train --cv 2: exit %d: %s", code, stdout)
	}

	for _, args := range [][]string{{"train"}, {"train", "--cv", "1", corpusDir}} {
		if code, _, _ := run(t, ctx, "", args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := run(t, ctx, "", "train", filepath.Join(t.TempDir(), "nosuch")); code != 1 {
		t.Errorf("train on a missing set: exit %d, want 1", code)
	}
}
