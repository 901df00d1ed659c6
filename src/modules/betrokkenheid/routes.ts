// For the privacy officer (functioneel beheerder): the list of unusual access with the audit
// trail behind each flag, and its thresholds.
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { actorOf, requireRole, type AppContext } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { DEFAULT_SETTINGS, flagSchema, loadSettings, saveSettings, settingsSchema, unusualAccess } from './flags.ts';

const PRIVACY = ['functioneel_beheerder'] as const;

export function betrokkenheidRoutes(app: App, ctx: AppContext) {
  const { db, clock } = ctx;

  app.get('/api/v1/privacy/opvallende-toegang', {
    schema: {
      tags: ['audit'], summary: 'Opvallende toegang: veel nieuwe dossiers of signalen, kinderen buiten de regio, een dossier kort voor een match; met de auditregels erachter',
      response: { 200: z.object({ settings: settingsSchema, items: z.array(flagSchema) }) },
    },
  }, async (req) => {
    requireRole(req, PRIVACY);
    const settings = await loadSettings(db);
    const { flags, personIds } = await unusualAccess(db, settings, clock.now());
    await recordAudit(db, actorOf(req), [
      { action: 'read', recordType: 'opvallende-toegang', detail: { flags: flags.length } },
      ...personIds.map((personId) => ({ action: 'read', recordType: 'opvallende-toegang', personId })),
    ]);
    return { settings, items: flags };
  });

  app.put('/api/v1/privacy/opvallende-toegang/instellingen', {
    schema: {
      tags: ['audit'], summary: `Drempels van de lijst opvallende toegang (standaard: ${DEFAULT_SETTINGS.bulkCount} binnen ${DEFAULT_SETTINGS.bulkHours} uur, match binnen ${DEFAULT_SETTINGS.matchWithinHours} uur, buiten de ${DEFAULT_SETTINGS.outsideScope}, ${DEFAULT_SETTINGS.periodDays} dagen terug)`,
      body: settingsSchema, response: { 200: settingsSchema },
    },
  }, async (req) => {
    requireRole(req, PRIVACY);
    await db.transaction().execute(async (tx) => {
      await saveSettings(tx, req.body);
      await recordAudit(tx, actorOf(req), [{ action: 'update', recordType: 'instellingen', recordId: 'privacy.opvallende-toegang', detail: req.body }]);
    });
    return req.body;
  });
}
