import { describe, expect, it } from 'vitest';
import { addressOfStep, stepInAddress } from './step-history';
import { shownStep, type WizardJournal } from './wizard-store';
import type { Answers } from '../setup/types';

function journal(answers: Partial<Answers>, apply: WizardJournal['apply'] = null): WizardJournal {
  return { version: 1, step: 'name', drafts: {}, answers, apply };
}

const UP_TO_REGION: Partial<Answers> = { appName: 'Trend Micro EUC', principals: [], region: 'eu', cmpId: 'contoso-eu' };

describe('a step in the address', () => {
  it('reads the step a query names, and nothing else', () => {
    expect(stepInAddress('?step=claims')).toBe('claims');
    expect(stepInAddress('?region=eu&cmpId=x&step=summary')).toBe('summary');
    expect(stepInAddress('?region=eu')).toBeNull();
    expect(stepInAddress('?step=constructor')).toBeNull();
    expect(stepInAddress('')).toBeNull();
  });

  it('sets the step and keeps a link’s parameters and the fragment', () => {
    expect(addressOfStep({ pathname: '/', search: '?region=eu&cmpId=contoso-eu', hash: '' }, 'region')).toBe('/?region=eu&cmpId=contoso-eu&step=region');
    expect(addressOfStep({ pathname: '/app/', search: '?step=name&region=jp', hash: '#x' }, 'people')).toBe('/app/?step=people&region=jp#x');
    expect(addressOfStep({ pathname: '/', search: '', hash: '' }, 'name')).toBe('/?step=name');
  });
});

describe('the step shown for a step asked for', () => {
  it('shows a reachable step as asked', () => {
    expect(shownStep('people', journal(UP_TO_REGION))).toBe('people');
    expect(shownStep('claims', journal(UP_TO_REGION))).toBe('claims');
  });

  it('falls back to the furthest reachable step, where the work continues', () => {
    expect(shownStep('summary', journal(UP_TO_REGION))).toBe('claims');
    expect(shownStep('review', journal({ appName: 'x' }))).toBe('people');
    expect(shownStep('summary', journal({}))).toBe('name');
  });

  it('keeps the admin on apply while it runs', () => {
    const running = { state: 'running' } as WizardJournal['apply'];
    expect(shownStep('review', journal(UP_TO_REGION, running))).toBe('apply');
    expect(shownStep('name', journal(UP_TO_REGION, running))).toBe('apply');
  });

  it('reaches the summary once apply is done', () => {
    const done = { state: 'done' } as WizardJournal['apply'];
    expect(shownStep('summary', journal(UP_TO_REGION, done))).toBe('summary');
  });
});
