/** Messages de l’administration des utilisateurs : rôles soumis à un second administrateur. */
import type { usersEn } from './users.en.js';

export const usersFr: Record<keyof typeof usersEn, string> = {
  'users.pending': '{role} ({where}), en attente d’un second administrateur',
  'users.createdPending':
    'Utilisateur {username} créé. Le rôle {role} attend l’approbation d’un second administrateur : il donne accès aux dossiers des victimes, des plaignants ou des patients.',
  'users.grants.title': 'Rôles en attente d’un second administrateur',
  'users.grants.intro':
    'Un rôle qui donne accès aux dossiers des victimes, des plaignants ou des patients (chargé de la déontologie, enquêteur, médecin) n’est accordé que lorsqu’un second administrateur l’approuve ; les chargés de la déontologie de la mission en sont informés. Personne ne s’accorde un rôle à soi-même.',
  'users.grants.none': 'Aucun rôle n’attend d’approbation.',
  'users.grants.user': 'Utilisateur',
  'users.grants.askedBy': 'Demandé par',
  'users.grants.askedOn': 'Demandé le',
  'users.grants.approve': 'Approuver',
  'users.grants.refuse': 'Refuser',
  'users.grants.withdraw': 'Retirer',
  'users.grants.yours': 'Vous l’avez demandé : un second administrateur l’approuve.',
  'users.grants.forThem': 'Ce rôle vous est destiné : un autre administrateur décide.',
  'users.grants.approved': 'Rôle {role} accordé à {username}.',
  'users.grants.refused': 'Le rôle {role} n’a pas été accordé à {username}.',
  'notifications.kind.accounts.role-grant-requested':
    '{requestedBy} demande que le rôle « {role} » soit accordé à {username}. Un second administrateur l’approuve dans Utilisateurs.',
  'notifications.kind.accounts.role-granted':
    '{username} détient désormais le rôle « {role} », demandé par {requestedBy} et approuvé par {approvedBy}.',
};
